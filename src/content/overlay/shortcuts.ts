/** The keyboard shortcut shared by the composer and the overlay. */

/** Alt+Shift+N (next) and Alt+Shift+P (previous): moves between findings. */
export function isNextShortcut(e: KeyboardEvent): boolean {
  return e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && (e.code === 'KeyN' || e.code === 'KeyP');
}
