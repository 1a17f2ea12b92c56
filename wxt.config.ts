import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** Every host the content scripts run on, and the only hosts the extension may touch (PRODUCT.md: private). */
export const MAIL_HOSTS = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://outlook.cloud.microsoft/*',
];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Poise — email tone coach',
    description: 'Coaches the tone of your prospect emails in Gmail and Outlook: less pressure, less timidity, more value. Runs entirely on your machine.',
    // scripting: inject the analyser bundle into a mail tab when a compose first appears (MV3; MV2 uses tabs.executeScript).
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'scripting'],
    // Production builds do not add content-script matches as host permissions; the side panel needs them to find the mail tab.
    host_permissions: MAIL_HOSTS,
    // Opens the coach (side panel / sidebar) from the keyboard; the README documents the key.
    commands: {
      'open-coach': { suggested_key: { default: 'Alt+Shift+O' }, description: 'Open the Poise coach for the draft in focus' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Firefox's built-in consent: Poise collects and transmits nothing.
            gecko: { id: 'poise@poise.example', strict_min_version: '115.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
  zip: {
    // `npm run zip`: .output/poise-<version>-chrome.zip, -firefox.zip and -sources.zip. The sources archive is what
    // Firefox's reviewers rebuild the add-on from (README: "Store packages"), so it holds exactly that and nothing
    // else: no tests or their data, no node_modules, no build output, no dotfiles. The rule JSON is left out because
    // the build compiles it from rules/; the model's JSON is in, as it is trained from data the archive does not hold.
    excludeSources: ['**'],
    includeSources: [
      'package.json', 'package-lock.json', 'README.md', 'tsconfig.json', 'wxt.config.ts', 'vitest.config.ts',
      'entrypoints/**', 'src/**', 'rules/**', 'scripts/**',
      '!src/analyzer/rules.generated.json', '!src/analyzer/rules.summary.generated.json', '!src/analyzer/rules.gates.generated.json',
    ],
  },
});
