import { useTranslation } from 'react-i18next';
import type { Leftover } from '@shared/journal/remove-section';
import { Disclosure } from '../../components/disclosure';
import { leftoverLines } from './leftover-lines';

/**
 * One thing left behind: what it is, and what to do about it. A path through menus waits behind
 * "How to remove it" (in view where SafeSwitch offers no button for it), so the list scans at a
 * glance; the warning about a driver still registered is its line, always in view.
 */
export function LeftoverItem({ leftover, platform }: { readonly leftover: Leftover; readonly platform: string }) {
  const { t } = useTranslation('remove');
  const { name, todo, steps, stepsInView } = leftoverLines(t, leftover, platform);
  return (
    <li>
      <strong>{t(`leftovers.kind.${leftover.kind}`)}</strong>: {name}
      {leftover.detail && leftover.kind !== 'browser-extension' ? <span className="muted"> ({leftover.detail})</span> : null}
      {todo ? (
        <>
          <br />
          {todo}
        </>
      ) : null}
      {steps && stepsInView ? ` ${steps}` : null}
      {steps && !stepsInView ? (
        <Disclosure label={t(leftover.kind === 'certificate' ? 'leftovers.byHand' : 'leftovers.howToRemove')} name={t(leftover.kind === 'certificate' ? 'leftovers.byHandFor' : 'leftovers.howToRemoveFor', { name })}>
          <p>{steps}</p>
        </Disclosure>
      ) : null}
    </li>
  );
}
