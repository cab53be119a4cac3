/**
 * What the Set up view's editors chunk holds (./setupEditors.tsx loads it): the forms that type into
 * the draft — a role's details, a person's editor, the settings — with Fluent's Input and Checkbox,
 * which nothing on the first view shows until one is opened.
 */
export { PersonEditor } from "./PersonEditor";
export { RoleDetails } from "./RoleDetails";
export { SettingsSection } from "./SettingsSection";
