import { render } from 'preact';
import { Placeholder } from '@/src/ui/Placeholder';

render(
  <Placeholder title="Poise coach">
    <p>Open a draft in Gmail or Outlook on the web and start writing to a prospect: the coach for that draft appears here.</p>
  </Placeholder>,
  document.getElementById('app')!,
);
