/** Options page wiring: load settings and rule summaries, render, save every change at once. */
import { render } from 'preact';
import { OptionsPage, OPTIONS_CSS, type RuleSummary } from '@/src/ui/OptionsPage';
import summaries from '@/src/analyzer/rules.summary.generated.json';
import type { Settings } from '@/src/storage/settings';
import { clearDismissals, loadDismissed, loadSettings, updateSettings, watchSettings } from '@/src/storage/items';
import { ConnectedHistorySettings } from './history-settings';

const rules = summaries as RuleSummary[];
const root = document.getElementById('app')!;
const style = document.createElement('style');
style.textContent = OPTIONS_CSS;
document.head.append(style);

async function draw(settings?: Settings) {
  const current = settings ?? (await loadSettings());
  const dismissedCount = (await loadDismissed()).size;
  render(
    <OptionsPage
      settings={current}
      rules={rules}
      dismissedCount={dismissedCount}
      onChange={(next) => void updateSettings(() => next).then(draw)}
      onClearDismissed={() => void clearDismissals().then(() => draw())}
    >
      <ConnectedHistorySettings />
    </OptionsPage>,
    root,
  );
}

watchSettings((s) => void draw(s));
void draw();
