export { SettingsIndexPage } from './settings-shared.js';
export { PlaybooksSettingsPage } from './PlaybooksSettingsPage.js';
export { SlaSettingsPage } from './SlaSettingsPage.js';
export { TeamsSettingsPage } from './TeamsSettingsPage.js';
export { PhrasesSettingsPage } from './PhrasesSettingsPage.js';
export { ReviewRequestSettingsPage } from './ReviewRequestSettingsPage.js';
export { ThemesSettingsPage } from './ThemesSettingsPage.js';
export { NotificationWebhooksSettingsPage } from './NotificationWebhooksSettingsPage.js';
