// The framework the shell is built on (Vue, Pinia, the router), loaded and evaluated in a task
// of its own before the app's code (see main.ts).
export { createApp } from 'vue'
export { createPinia } from 'pinia'
export { createRouter } from 'vue-router'
