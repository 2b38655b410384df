// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { placeOf, readPost } from './reply-context.js';

// Shapes of X's DOM, reduced to what the reader relies on. Invented people and posts.
const article = (name: string, handle: string, text: string): string => `
  <article data-testid="tweet">
    <div data-testid="User-Name">
      <a href="/${handle}"><span><span>${name}</span></span></a>
      <a href="/${handle}"><span>@${handle}</span></a><span>·</span><a href="/${handle}/status/1"><time>2h</time></a>
    </div>
    <div data-testid="tweetText"><span>${text}</span></div>
  </article>`;
const composer = (n = 0): string => `<div data-testid="tweetTextarea_${n}" contenteditable="true" role="textbox"></div>`;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('placeOf', () => {
  it('sees a reply in the box under a post on its page', () => {
    document.body.innerHTML = `<div data-testid="primaryColumn">${article('Parent Poster', 'parent', 'earlier')}${article('Robin Vale', 'robin_vale', 'Are you open Sunday?')}
      <div class="reply">${composer()}</div>${article('Someone Else', 'else', 'a later reply')}</div>`;
    const el = document.querySelector('[data-testid="tweetTextarea_0"]') as Element;
    const place = placeOf(el);
    expect(place.kind).toBe('reply');
    expect(place.article && readPost(place.article)).toEqual({ handle: 'robin_vale', displayName: 'Robin Vale', text: 'Are you open Sunday?' });
  });

  it('sees a plain post on the home timeline, whose posts are all below the composer', () => {
    document.body.innerHTML = `<div data-testid="primaryColumn">${composer()}${article('A B', 'ab', 'x')}${article('C D', 'cd', 'y')}</div>`;
    expect(placeOf(document.querySelector('[data-testid="tweetTextarea_0"]') as Element)).toEqual({ kind: 'post', article: null });
  });

  it('sees a thread when the modal holds several composers, and keeps the modal apart from the page', () => {
    document.body.innerHTML = `<div data-testid="primaryColumn">${article('Page Post', 'page', 'behind the modal')}</div>
      <div role="dialog">${composer(0)}${composer(1)}</div>`;
    const first = document.querySelector('[role="dialog"] [data-testid="tweetTextarea_0"]') as Element;
    expect(placeOf(first).kind).toBe('thread');
    expect(placeOf(document.querySelector('[data-testid="tweetTextarea_1"]') as Element).kind).toBe('thread');
  });

  it('sees a DM', () => {
    document.body.innerHTML = '<div data-testid="dmComposerTextInput" contenteditable="true"></div>';
    expect(placeOf(document.body.firstElementChild as Element).kind).toBe('dm');
  });
});

describe('readPost', () => {
  it('falls back to the profile link for the handle', () => {
    document.body.innerHTML = `<article data-testid="tweet"><div data-testid="User-Name"><a href="/kim_lo"><span>Kim Lo</span></a></div></article>`;
    expect(readPost(document.querySelector('article') as Element)).toEqual({ handle: 'kim_lo', displayName: 'Kim Lo' });
  });
});
