// English interface text; must mirror zh-CN key for key (type-checked in i18n/index.ts).
import type { Messages } from './index'

export const en: Messages = {
  app: { name: 'Policy Desk', tagline: "China's AI policy and large-model industry" },
  nav: { notes: 'Notes', overview: 'Overview', timeline: 'Timeline', policies: 'Policies', vendors: 'Vendors', briefings: 'Briefings', imports: 'Imports', settings: 'Settings' },
  common: {
    unknown: 'Unknown', save: 'Save', saved: 'Saved', saving: 'Saving…', delete: 'Delete', edit: 'Edit', cancel: 'Cancel',
    add: 'Add', back: 'Back', source: 'Source', sources: 'Sources', loading: 'Loading…', none: 'None', open: 'Open',
    localEntry: 'Entered on this machine', descriptiveTitle: 'Descriptive title: the report names no document', search: 'Search', count: '',
  },
  level: { national: 'National', ministry: 'Ministry', provincial: 'Provincial', municipal: 'Municipal', district: 'District' },
  relationOut: { implements: 'Implements', supersedes: 'Supersedes', amends: 'Amends', supports: 'Supports', cites: 'Cites' },
  relationIn: { implements: 'Implemented by', supersedes: 'Superseded by', amends: 'Amended by', supports: 'Supporting rules', cites: 'Cited by' },
  asOf: { not_issued: 'Not yet issued', not_yet_effective: 'Issued, not yet in force', issued: 'Issued (later status unknown)', in_force: 'In force', amended: 'Amended', expired: 'Expired', repealed: 'Repealed', superseded: 'Superseded', draft: 'Draft for comment', unknown: 'Status unknown' },
  status: { draft: 'Draft for comment', in_force: 'In force', amended: 'Amended', superseded: 'Superseded', repealed: 'Repealed', expired: 'Expired', unknown: 'Status unknown' },
  topic: { compute: 'Compute', data: 'Data', models: 'Models', open_source: 'Open source', applications: 'Applications', safety_governance: 'Safety & governance', talent: 'Talent', funding: 'Funding', ecosystem: 'Ecosystem', innovation: 'Innovation' },
  category: { general: 'General model', industry: 'Industry model', edge_cloud: 'Edge-cloud model', edge: 'Edge model', cloud: 'Cloud model', other: 'Other' },
  vendorKind: { company: 'Company', research_institute: 'Research institute', unknown: 'Type unknown' },
  origin: { cn: 'China', global: 'Abroad' },
  eventKind: { open_source: 'Open-source release', milestone: 'Milestone', product: 'Product', market: 'Market' },
  overview: {
    title: 'Overview', policies: 'Policies', vendors: 'Vendors', models: 'Models', events: 'Industry events', notes: 'Notes', briefings: 'Briefings',
    national: 'National policies', local: 'Local policies', recentEvents: 'Open source and milestones', dataSource: 'Default data source',
  },
  timeline: {
    colorBy: 'Colour by', asOf: 'As of', eras: 'Five-year plans', brush: 'Select a span', selected: 'Selected policies', showInList: 'Show in list', title: 'Policy timeline', national: 'National', hint: 'Scroll or drag the slider to zoom; click a policy to open it.', events: 'Industry events', since: 'or later',
    groupBy: 'Group by', lanes: 'Lanes: ', vendors: 'Vendors & models', noIssuer: 'No issuer given', noTopic: 'No topic', items: '{n} items', binHint: 'Click to zoom in', inView: '{n} policies in view', firstRows: 'showing the first {n}',
    showAll: 'Show all in the policy list', addToBriefing: 'Add to briefing', newBriefing: 'New briefing', added: 'Added to the briefing', openBriefing: 'Open briefing',
    selectionLead: 'Selected on the timeline ({from} – {to})', openRecord: 'Open record', more: '{n} more not listed',
    keys: 'Keyboard: ← → previous or next in the lane, ↑ ↓ neighbouring lane, Enter opens, + − zoom, Home / End first or last in the lane.',
  },
  groupBy: { level: 'Level & region', issuer: 'Issuing body', region: 'Province', topic: 'Topic' },
  policies: {
    title: 'Policies', issued: 'Issued', issuers: 'Issuing bodies', docNumber: 'Document number', docType: 'Type', level: 'Level',
    region: 'Region', status: 'Status', topics: 'Topics', summary: 'Summary', keyMeasures: 'Key points', filterAll: 'All levels',
    titleCol: 'Title', relations: 'Related documents', asOfToday: 'As of today', validity: 'Validity', commentPeriod: 'Comment period', province: 'Province', notFound: 'Policy not found.', links: 'Links', national: 'National', local: 'Local',
  },
  notes: {
    pin: 'Pin', tags: 'Tags', tagsPlaceholder: '#tags separated by spaces', all: 'All notes', orphan: 'Its record was deleted', allTags: 'All tags', on: 'On', title: 'Notes', add: 'New note', placeholder: 'Write your analysis… (saved automatically)', empty: 'No notes yet.', confirmDelete: 'Delete this note?',
    updated: 'Updated',
  },
  vendors: {
    title: 'Vendor case files', models: 'Models', events: 'Milestones', notFound: 'Vendor not found.', category: 'Category', params: 'Parameters',
    openSource: 'Open source', released: 'Released', modalities: 'Modalities', industries: 'Industries', yes: 'Yes', no: 'No', chips: 'AI chips',
    datasets: 'Training corpora', facts: 'Figures and findings', maker: 'Maker', process: 'Process', fp16: 'FP16 compute', availability: 'Availability', size: 'Size',
    openness: 'Openness', unattributed: 'Models with no vendor named in the report',
  },
  availability: { export_controlled: 'Export-controlled', substitute: 'Substitute model', domestic: 'Domestic', unknown: 'Unknown' },
  openness: { open: 'Open', partly_open: 'Partly open', closed: 'Not public', unknown: 'Unknown' },
  briefings: {
    title: 'Briefings', new: 'New briefing', untitled: 'Untitled briefing', empty: 'No briefings yet.', titleLabel: 'Title', print: 'Print',
    exportPdf: 'Export PDF', confirmDelete: 'Delete this briefing?', updated: 'Updated', bold: 'Bold', italic: 'Italic', h1: 'Heading 1',
    h2: 'Heading 2', bullet: 'Bullet list', ordered: 'Numbered list', quote: 'Quote', undo: 'Undo', redo: 'Redo', chars: 'Characters',
    printedFrom: 'Policy Desk · printed',
  },
  imports: {
    title: 'Imports', choose: 'Choose a bundle file…', preview: 'Import preview', apply: 'Apply import', applied: 'Imported', history: 'Import history',
    invalid: 'The file failed validation; nothing in the database was changed:', add: 'New', change: 'Changed', unchanged: 'Unchanged', older: 'Older (skipped)',
    remove: 'Removed', absent: 'Not present', field: 'Field', publisher: 'Publisher', digest: 'Digest', sequence: 'Sequence', noChanges: 'This bundle changes no record.',
    hint: 'Bundles are JSON (see docs/bundle-format.md); the digest is verified and you see a preview before deciding to apply.',
  },
  settings: {
    title: 'Settings', language: 'Language', theme: 'Theme', light: 'Light', dark: 'Dark', system: 'System', storage: 'Local storage',
    persisted: 'Persistent storage granted: the browser will not evict the data', notPersisted: 'Persistent storage not granted', version: 'Version', shell: 'Running in',
    backup: 'Backup', backupExport: 'Export all data (JSON)', backupSaved: 'Saved:',
    counts: 'Records',
  },
  edit: {
    newTitle: 'New policy', editTitle: 'Edit policy', fix: 'Fix the marked fields, then save.', aliases: 'Short names / aliases', regionCode: 'Division code (GB/T 2260)',
    issued: 'Date signed', published: 'Date published', effective: 'In force from', expires: 'Repealed / expires', listHint: 'Separate several with commas',
    oneLine: 'One per line', dateHint: 'Dates may stop at the year or month: 2023, 2023-05, 2023-05-30; “2023 or later” is 2023+.', addRelation: 'Add relation',
    relationType: 'Relation', newPolicy: 'New policy', deleted: 'Policy deleted', undo: 'Undo', restored: 'Restored', saved: 'Policy saved',
  },
  facets: {
    level: 'Level', province: 'Province', docType: 'Type', status: 'Status today', topic: 'Topic', year: 'Year', issuer: 'Issuer', hasNotes: 'Has notes',
    filter: 'Filter title, summary, region, number…', clear: 'Clear filters', views: 'Saved views', saveView: 'Save this view', viewName: 'View name',
  },
  charts: {
    perYear: 'Policies per year, by level', map: 'Local policies per province', heat: 'Region × topic', lineage: 'From national to local: implementation links',
    lineageHint: 'National documents on the left, provincial and municipal to the right; lines are relations such as “implements”. Click to open.',
  },
  search: { title: 'Search', placeholder: 'Search policies, vendors, models, notes, briefings…', none: 'No results.', hint: '↑↓ select · Enter open · Esc close · Ctrl/⌘+K anywhere', open: 'Search (Ctrl+K)' },
  searchKind: { policies: 'Policy', vendors: 'Vendor', models: 'Model', notes: 'Note', briefings: 'Briefing' },
  kinds: { policies: 'Policies', vendors: 'Vendors', models: 'Models', events: 'Events', chips: 'Chips', datasets: 'Data sets', facts: 'Figures' },
}
