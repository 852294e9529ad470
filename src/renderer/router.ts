// Screens of the app shell. Hash history works the same under app:// and http://.
import { createRouter, createWebHashHistory } from 'vue-router'

export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', redirect: '/overview' },
    { path: '/overview', name: 'overview', component: () => import('./views/OverviewView.vue') },
    { path: '/timeline', name: 'timeline', component: () => import('./views/TimelineView.vue') },
    { path: '/policies', name: 'policies', component: () => import('./views/PoliciesView.vue') },
    { path: '/policies/new', name: 'policy-new', component: () => import('./views/PolicyEditView.vue') },
    { path: '/policies/:id/edit', name: 'policy-edit', component: () => import('./views/PolicyEditView.vue'), props: true },
    { path: '/policies/:id', name: 'policy', component: () => import('./views/PolicyView.vue'), props: true },
    { path: '/notes', name: 'notes', component: () => import('./views/NotesView.vue') },
    { path: '/chips/new', name: 'chip-new', component: () => import('./views/ChipEditView.vue') },
    { path: '/chips/:id/edit', name: 'chip-edit', component: () => import('./views/ChipEditView.vue'), props: true },
    { path: '/chips/:id', name: 'chip', component: () => import('./views/ChipView.vue'), props: true },
    { path: '/datasets/new', name: 'dataset-new', component: () => import('./views/DatasetEditView.vue') },
    { path: '/datasets/:id/edit', name: 'dataset-edit', component: () => import('./views/DatasetEditView.vue'), props: true },
    { path: '/datasets/:id', name: 'dataset', component: () => import('./views/DatasetView.vue'), props: true },
    { path: '/vendors', name: 'vendors', component: () => import('./views/VendorsView.vue') },
    { path: '/vendors/compare', name: 'vendor-compare', component: () => import('./views/VendorCompareView.vue') },
    { path: '/vendors/new', name: 'vendor-new', component: () => import('./views/VendorEditView.vue') },
    { path: '/vendors/:id/edit', name: 'vendor-edit', component: () => import('./views/VendorEditView.vue'), props: true },
    { path: '/models/new', name: 'model-new', component: () => import('./views/ModelEditView.vue') },
    { path: '/models/:id/edit', name: 'model-edit', component: () => import('./views/ModelEditView.vue'), props: true },
    { path: '/vendors/:id', name: 'vendor', component: () => import('./views/VendorView.vue'), props: true },
    { path: '/briefings', name: 'briefings', component: () => import('./views/BriefingsView.vue') },
    // quietStart: a window opened straight on the print preview does not start the desk worker
    // (search index, all policy rows) until it leaves it or searches: on two cores that work
    // slowed printing the pages by a second.
    { path: '/briefings/:id/print', name: 'briefing-print', component: () => import('./views/BriefingPrintView.vue'), props: true, meta: { quietStart: true } },
    { path: '/briefings/:id', name: 'briefing', component: () => import('./views/BriefingView.vue'), props: true },
    { path: '/imports', name: 'imports', component: () => import('./views/ImportsView.vue') },
    { path: '/imports/conflicts', name: 'conflicts', component: () => import('./views/ConflictsView.vue') },
    { path: '/settings', name: 'settings', component: () => import('./views/SettingsView.vue') },
    { path: '/:pathMatch(.*)*', redirect: '/overview' },
  ],
})

/** Whether a route lets the window start without its background work (see the print route). */
export const quietStart = (route: { meta: Record<string | number | symbol, unknown> }): boolean => route.meta['quietStart'] === true
