/**
 * The ribbon's function file. Both ribbon buttons open the task pane (ShowTaskpane), so no command
 * function is registered; Office still loads this page and waits for it to be ready.
 */
Office.onReady(() => undefined);
