import type { ComponentChildren, JSX } from 'preact';
import type { PopupMenu } from './use-popup-menu.ts';

/** The menu, its name, and what the button adds or does. */
export interface PopupMenuButtonProps {
  popup: PopupMenu;
  /** The menu's accessible name; the button reads it followed by "…", and the list's id and class derive from it. */
  label: string;
  buttonClass: string;
  title?: string;
  keyShortcuts?: string;
  onToggle: () => void;
  children: ComponentChildren;
}

/** A button that opens a menu of items below it; the hook behind `popup` moves the focus and closes it. */
export function PopupMenuButton({
  popup,
  label,
  buttonClass,
  title,
  keyShortcuts,
  onToggle,
  children,
}: PopupMenuButtonProps) {
  const menuId = `${label.toLowerCase()}-menu-items`;
  return (
    <>
      <button
        type="button"
        class={buttonClass}
        ref={popup.button}
        aria-haspopup="menu"
        aria-expanded={popup.open}
        aria-controls={menuId}
        title={title}
        aria-keyshortcuts={keyShortcuts}
        onClick={onToggle}
      >
        {`${label}…`}
      </button>
      {popup.open && (
        <div class={menuId} id={menuId} role="menu" aria-label={label} ref={popup.menu} onKeyDown={popup.onKeyDown}>
          {children}
        </div>
      )}
    </>
  );
}

/** One item of a popup menu (a `menuitem` unless told otherwise); the arrow keys, not Tab, reach it. */
export function MenuItem({ role = 'menuitem', ...props }: JSX.ButtonHTMLAttributes<HTMLButtonElement>) {
  return <button type="button" role={role} tabIndex={-1} {...props} />;
}
