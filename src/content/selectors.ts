/**
 * Every selector CareTweet uses on X's page, in one place. X changes its DOM without notice; when
 * something stops working, this is the one file to fix. Each selector names the X state it targets.
 */

/**
 * Composers, most specific first. The first level that matches anything wins; the later levels
 * are only tried when X has renamed its test ids, and then only near a post button (see
 * `composer.ts`), so a search box or a bio field is never mistaken for a composer.
 */
export const COMPOSER_LEVELS = [
  {
    level: 'testid',
    // Desktop Draft.js editor: home timeline, /compose/post modal, the reply box under a post, and
    // every post of a thread (tweetTextarea_0, _1, …). X also uses the prefix on the editor's
    // label and container (tweetTextarea_0_label, tweetTextarea_0RichTextInputContainer), so the
    // element itself must be the editable one. The narrow/mobile layout renders a plain
    // <textarea> under the same test id. The DM composer is dmComposerTextInput.
    selector:
      '[data-testid^="tweetTextarea_"][contenteditable="true"], textarea[data-testid^="tweetTextarea_"], [data-testid="dmComposerTextInput"][contenteditable="true"], textarea[data-testid="dmComposerTextInput"]',
  },
  {
    level: 'role',
    // Any rich-text box: X's Draft editor once its test ids are gone.
    selector: '[role="textbox"][contenteditable="true"]',
  },
  {
    level: 'textarea',
    // Plain text areas: the narrow layout once its test ids are gone.
    selector: 'textarea',
  },
] as const;

export type DetectionLevel = (typeof COMPOSER_LEVELS)[number]['level'];

/** Cheap pre-filter: a composer's test id, read from `data-testid`, names a thread position. */
export const THREAD_TESTID = /^tweetTextarea_(\d+)$/;

/** The DM composer (Messages page and the DM drawer). */
export const DM_TESTID = 'dmComposerTextInput';

/**
 * Post buttons: `tweetButton` in the /compose/post modal and thread composer ("Post", "Post
 * all"), `tweetButtonInline` under the home timeline's composer and the reply box on a post's
 * page ("Post", "Reply"). The DM send button is dmComposerSendButton.
 */
export const POST_BUTTON = '[data-testid="tweetButton"], [data-testid="tweetButtonInline"], [data-testid="dmComposerSendButton"]';

/** A post in a timeline or on a post's page; the one above a reply composer is being replied to. */
export const POST_ARTICLE = 'article[data-testid="tweet"]';

/** Inside a post: the author block (display name, then @handle) and the post's text. */
export const POST_AUTHOR = '[data-testid="User-Name"]';
export const POST_TEXT = '[data-testid="tweetText"]';

/** The /compose/post modal and the reply modal: a composer inside it belongs to it alone. */
export const DIALOG = '[role="dialog"]';

/** An open modal layer (compose, reply, media viewer): composers outside it are covered. */
export const MODAL = '[role="dialog"][aria-modal="true"]';

/**
 * Where a composer's post lives when it is not in a modal: the centre column of the app shell
 * (`primaryColumn`), or `main` in layouts without it.
 */
export const PAGE_SCOPE = '[data-testid="primaryColumn"], main';

/**
 * The large regions of X's layout (the page, the centre column, the sidebar, a modal). A fallback
 * composer must have its post button closer than these.
 */
export const REGION = 'body, main, [role="main"], [data-testid="primaryColumn"], [data-testid="sidebarColumn"], [role="dialog"]';
