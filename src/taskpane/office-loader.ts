/**
 * office.js is served from the add-in's own origin and loaded only when the page runs inside
 * Office (Office adds `_host_Info` to the task pane URL). In a plain browser it is never loaded, so
 * nothing calls Microsoft's hosts.
 */
export function runsInOffice(search: string = window.location.search): boolean {
  return new URLSearchParams(search).has('_host_Info') || /[?&]_host_Info=/i.test(search);
}

export function loadOfficeJs(src = 'office-js/office.js'): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('office.js could not be loaded'));
    document.head.appendChild(script);
  });
}
