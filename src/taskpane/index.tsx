// Placeholder until the task pane issue lands: the page only hosts the custom functions for now.
export {};
