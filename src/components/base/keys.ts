/**
 * Key checks that hold in every engine.
 *
 * WebKitGTK reports Shift+Tab with `key === 'Unidentified'`: GTK turns it into the
 * `ISO_Left_Tab` key, which WebKitGTK does not map to a key name (`code` is still `'Tab'`,
 * `keyCode` 9). A check of `key === 'Tab'` alone lets Shift+Tab escape a focus trap there.
 */
export function isTabKey(event: KeyboardEvent): boolean {
  return (
    event.key === 'Tab' ||
    event.code === 'Tab' ||
    (event.key === 'Unidentified' && event.keyCode === 9)
  );
}
