import { useId, useState, type ReactNode } from 'react';

export interface DisclosureProps {
  /** The button's words; they say what opening shows ("Facts and sources for Avast"). */
  readonly label: string;
  /**
   * The name a screen reader says, when the words on screen are short ("Facts and sources" on
   * screen, "Facts and sources for Avast" said): it begins with the visible words (WCAG 2.5.3).
   */
  readonly name?: string;
  /** Words while open, when they should change ("Show only the top 3"); defaults to `label`. */
  readonly openLabel?: string;
  readonly children: ReactNode;
  /** Controlled use: the parent keeps it open (e.g. the user's choice is inside). */
  readonly open?: boolean;
  readonly onToggle?: (open: boolean) => void;
  readonly className?: string;
}

/**
 * A button that shows or hides a part of the screen. A real button (not <summary>) so that every
 * assistive technology announces it as "button, collapsed/expanded" and it is reached with Tab.
 * Closed content is not rendered, so it never adds length or tab stops to the page.
 */
export function Disclosure({ label, name, openLabel, children, open, onToggle, className }: DisclosureProps) {
  const [ownOpen, setOwnOpen] = useState(false);
  const isOpen = open ?? ownOpen;
  const panelId = useId();
  return (
    <div className={className ? `disclosure ${className}` : 'disclosure'}>
      <button
        type="button"
        className="disclosure-button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        aria-label={isOpen && openLabel ? undefined : name}
        onClick={() => {
          setOwnOpen(!isOpen);
          onToggle?.(!isOpen);
        }}
      >
        <span aria-hidden="true" className="disclosure-mark">
          {isOpen ? '▾' : '▸'}
        </span>{' '}
        {/* Only the words are underlined, not the space after the mark. */}
        <span className="disclosure-label">{isOpen && openLabel ? openLabel : label}</span>
      </button>
      <div id={panelId} hidden={!isOpen}>
        {isOpen ? children : null}
      </div>
    </div>
  );
}
