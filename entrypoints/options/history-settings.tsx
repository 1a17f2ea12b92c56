/**
 * The options page's history section, wired to storage: retention (applied at once), Clear history and the
 * JSON/CSV downloads, made in the page from a Blob (no network). Rendered by main.tsx with one element.
 */
import { useEffect, useState } from 'preact/hooks';
import { historyToCsv, historyToJson, type History } from '@/src/storage/history';
import { clearHistory, loadHistory, loadSettings, pruneHistory, updateSettings, watchHistory, watchSettings } from '@/src/storage/items';
import { HistorySettings } from '@/src/ui/HistorySettings';

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const stamp = () => new Date().toISOString().slice(0, 10);

export function ConnectedHistorySettings() {
  const [history, setHistory] = useState<History | null>(null);
  const [weeks, setWeeks] = useState<number | null>(null);
  useEffect(() => {
    const read = () => void loadHistory().then((h) => setHistory(h.history));
    read();
    void loadSettings().then((s) => setWeeks(s.historyRetentionWeeks));
    const unwatchHistory = watchHistory(read);
    const unwatchSettings = watchSettings((s) => setWeeks(s.historyRetentionWeeks));
    return () => {
      unwatchHistory();
      unwatchSettings();
    };
  }, []);
  if (!history || weeks === null) return null;
  return (
    <HistorySettings
      retentionWeeks={weeks}
      entryCount={history.entries.length}
      onRetentionChange={(n) => void updateSettings((s) => ({ ...s, historyRetentionWeeks: n })).then(() => pruneHistory(n)).then(setHistory)}
      onClear={() => void clearHistory().then(() => setHistory({ version: 1, entries: [] }))}
      onExportJson={() => download(`poise-history-${stamp()}.json`, 'application/json', historyToJson(history, Date.now()))}
      onExportCsv={() => download(`poise-history-${stamp()}.csv`, 'text/csv', historyToCsv(history))}
    />
  );
}
