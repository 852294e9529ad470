// What the shell is built on, loaded and evaluated in a task of its own before the app's code
// (see main.ts): Vue, Pinia, the router, and the interface's two dictionaries, which make
// about a third of the start-up code and are plain data. Nothing imports these names:
// importing the module is what evaluates them.
export { createApp } from 'vue'
export { createPinia } from 'pinia'
export { createRouter } from 'vue-router'
export { zhCN } from '../i18n/zh-CN'
export { en } from '../i18n/en'
