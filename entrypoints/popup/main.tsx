import { render } from 'preact';
import { Placeholder } from '@/src/ui/Placeholder';

render(
  <Placeholder title="Poise: this week">
    <p>Your weekly tone summary will appear here once you have written a few prospect emails in Gmail or Outlook.</p>
  </Placeholder>,
  document.getElementById('app')!,
);
