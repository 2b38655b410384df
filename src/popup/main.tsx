import { render } from 'preact';

function Popup() {
  return <p data-testid="ct-status">CareTweet</p>;
}

render(<Popup />, document.getElementById('app')!);
