// Briefing templates: the built-in ones (daily brief, policy alert, vendor profile, topic
// report) and the user's own, saved from a briefing. Split by kind under templates/.
export { BUILT_IN_TEMPLATES, builtInTemplate, serialLine, type BriefingTemplate, type TemplateContext } from './templates/built-in'
export { briefingFromUserTemplate, userTemplateFromBriefing } from './templates/user'
export { headingId } from './templates/nodes'
