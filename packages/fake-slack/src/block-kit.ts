/**
 * Block Kit limit checks for tests.
 *
 * Slack rejects a whole message or view when one field breaks a limit (`invalid_blocks`,
 * `invalid_arguments`), so every builder's output is run through these checks. Limits come from
 * Slack's Block Kit reference (docs.slack.dev/reference/block-kit); lengths are counted in UTF-16
 * code units (`string.length`), which is never less than Slack's own count, so a pass here is safe.
 */

export type Surface = 'message' | 'modal' | 'home';

export interface BlockKitProblem {
  /** JSON pointer into the checked payload, as Slack prints it in `[json-pointer:…]`. */
  readonly path: string;
  readonly message: string;
}

export const BLOCK_KIT_LIMITS = {
  blocksPerSurface: { message: 50, modal: 100, home: 100 },
  blockId: 255,
  textObject: 3000,
  sectionText: 3000,
  sectionFields: 10,
  sectionFieldText: 2000,
  headerText: 150,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  accessibilityLabel: 75,
  url: 3000,
  actionId: 255,
  placeholder: 150,
  selectOptions: 100,
  optionGroups: 100,
  optionGroupLabel: 75,
  optionText: 75,
  optionValue: 150,
  optionDescription: 75,
  checkboxOptions: 10,
  radioOptions: 10,
  overflowOptionsMin: 2,
  overflowOptionsMax: 5,
  confirmTitle: 100,
  confirmText: 300,
  confirmButton: 30,
  inputLabel: 2000,
  inputHint: 2000,
  plainTextInputLength: 3000,
  imageUrl: 3000,
  imageAltText: 2000,
  imageTitle: 2000,
  videoTitle: 200,
  markdownTotal: 12000,
  viewTitle: 24,
  viewButton: 24,
  privateMetadata: 3000,
  callbackId: 255,
  externalId: 255,
} as const;

const L = BLOCK_KIT_LIMITS;

const SELECT_TYPES = new Set([
  'static_select',
  'external_select',
  'users_select',
  'conversations_select',
  'channels_select',
]);
const MULTI_SELECT_TYPES = new Set([...SELECT_TYPES].map((type) => `multi_${type}`));
const PICKER_TYPES = new Set(['datepicker', 'timepicker', 'datetimepicker']);
const CHOICE_TYPES = new Set(['checkboxes', 'radio_buttons']);
const TEXT_INPUT_TYPES = new Set([
  'plain_text_input',
  'email_text_input',
  'url_text_input',
  'number_input',
  'rich_text_input',
  'file_input',
]);

/** Elements allowed in an `actions` block. */
const ACTIONS_ELEMENTS = new Set([
  'button',
  'overflow',
  'workflow_button',
  ...SELECT_TYPES,
  ...MULTI_SELECT_TYPES,
  ...PICKER_TYPES,
  ...CHOICE_TYPES,
]);
/** Elements allowed as a section's `accessory`. */
const ACCESSORY_ELEMENTS = new Set([...ACTIONS_ELEMENTS, 'image']);
/** Elements allowed as an `input` block's `element`. */
const INPUT_ELEMENTS = new Set([
  ...SELECT_TYPES,
  ...MULTI_SELECT_TYPES,
  ...PICKER_TYPES,
  ...CHOICE_TYPES,
  ...TEXT_INPUT_TYPES,
]);

const KNOWN_BLOCKS = new Set([
  'actions',
  'context',
  'context_actions',
  'divider',
  'file',
  'header',
  'image',
  'input',
  'markdown',
  'rich_text',
  'section',
  'table',
  'video',
]);

/** Accumulates problems while walking one message or view. */
class Checker {
  readonly problems: BlockKitProblem[] = [];
  private readonly blockIds = new Map<string, string>();
  markdownChars = 0;

  add(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  /** block_id must be unique within a message or view. */
  claimBlockId(blockId: string, path: string): void {
    const first = this.blockIds.get(blockId);
    if (first === undefined) this.blockIds.set(blockId, path);
    else this.add(path, `block_id "${blockId}" is already used at ${first}`);
  }
}

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks an optional string field's type and length. */
function checkString(c: Checker, value: unknown, path: string, max: number, required = false): void {
  if (value === undefined) {
    if (required) c.add(path, 'is required');
    return;
  }
  if (typeof value !== 'string') c.add(path, `must be a string, got ${typeof value}`);
  else if (value.length === 0 && required) c.add(path, 'must not be empty');
  else if (value.length > max) c.add(path, `is ${value.length} characters (max ${max})`);
}

interface TextRule {
  readonly max: number;
  readonly plainOnly?: boolean;
  readonly required?: boolean;
}

/** A text object: `{ type: 'plain_text' | 'mrkdwn', text }` with non-empty text. */
function checkText(c: Checker, value: unknown, path: string, rule: TextRule): void {
  if (value === undefined) {
    if (rule.required === true) c.add(path, 'text object is required');
    return;
  }
  if (!isRecord(value)) {
    c.add(path, 'must be a text object ({ type, text })');
    return;
  }
  const { type, text } = value;
  if (type !== 'plain_text' && type !== 'mrkdwn') {
    c.add(`${path}/type`, `must be "plain_text" or "mrkdwn", got ${JSON.stringify(type)}`);
  } else if (rule.plainOnly === true && type !== 'plain_text') {
    c.add(`${path}/type`, 'must be "plain_text" here');
  }
  if (typeof text !== 'string' || text.length === 0) {
    c.add(`${path}/text`, 'must be a non-empty string');
    return;
  }
  const max = Math.min(rule.max, L.textObject);
  if (text.length > max) c.add(`${path}/text`, `is ${text.length} characters (max ${max})`);
}

/** An array field with an item count range; returns the items to check further. */
function checkArray(c: Checker, value: unknown, path: string, min: number, max: number): unknown[] {
  if (!Array.isArray(value)) {
    c.add(path, 'must be an array');
    return [];
  }
  if (value.length < min) c.add(path, `has ${value.length} items (min ${min})`);
  if (value.length > max) c.add(path, `has ${value.length} items (max ${max})`);
  return value;
}

function checkOption(c: Checker, option: unknown, path: string, plainOnly: boolean): void {
  if (!isRecord(option)) {
    c.add(path, 'must be an option object');
    return;
  }
  checkText(c, option.text, `${path}/text`, { max: L.optionText, plainOnly, required: true });
  checkString(c, option.value, `${path}/value`, L.optionValue, true);
  checkText(c, option.description, `${path}/description`, { max: L.optionDescription, plainOnly });
  checkString(c, option.url, `${path}/url`, L.url);
}

function checkOptions(c: Checker, value: unknown, path: string, max: number, plainOnly: boolean): void {
  for (const [i, option] of checkArray(c, value, path, 1, max).entries())
    checkOption(c, option, `${path}/${i}`, plainOnly);
}

function checkConfirm(c: Checker, value: unknown, path: string): void {
  if (value === undefined) return;
  if (!isRecord(value)) {
    c.add(path, 'must be a confirmation dialog object');
    return;
  }
  checkText(c, value.title, `${path}/title`, { max: L.confirmTitle, plainOnly: true, required: true });
  checkText(c, value.text, `${path}/text`, { max: L.confirmText, required: true });
  checkText(c, value.confirm, `${path}/confirm`, { max: L.confirmButton, plainOnly: true, required: true });
  checkText(c, value.deny, `${path}/deny`, { max: L.confirmButton, plainOnly: true, required: true });
}

function checkButton(c: Checker, el: Json, path: string): void {
  checkText(c, el.text, `${path}/text`, { max: L.buttonText, plainOnly: true, required: true });
  checkString(c, el.value, `${path}/value`, L.buttonValue);
  checkString(c, el.url, `${path}/url`, L.url);
  checkString(c, el.accessibility_label, `${path}/accessibility_label`, L.accessibilityLabel);
  if (el.style !== undefined && el.style !== 'primary' && el.style !== 'danger') {
    c.add(`${path}/style`, `must be "primary" or "danger", got ${JSON.stringify(el.style)}`);
  }
}

function checkStaticOptions(c: Checker, el: Json, path: string): void {
  const hasOptions = el.options !== undefined;
  const hasGroups = el.option_groups !== undefined;
  if (hasOptions === hasGroups) {
    c.add(path, 'needs exactly one of options or option_groups');
  }
  if (hasOptions) checkOptions(c, el.options, `${path}/options`, L.selectOptions, true);
  if (!hasGroups) return;
  checkArray(c, el.option_groups, `${path}/option_groups`, 1, L.optionGroups).forEach((group, i) => {
    const groupPath = `${path}/option_groups/${i}`;
    if (!isRecord(group)) {
      c.add(groupPath, 'must be an option group object');
      return;
    }
    checkText(c, group.label, `${groupPath}/label`, { max: L.optionGroupLabel, plainOnly: true, required: true });
    checkOptions(c, group.options, `${groupPath}/options`, L.selectOptions, true);
  });
}

function checkSelect(c: Checker, el: Json, path: string, type: string): void {
  if (type.endsWith('static_select')) checkStaticOptions(c, el, path);
  if (el.initial_option !== undefined) checkOption(c, el.initial_option, `${path}/initial_option`, true);
}

function checkOverflow(c: Checker, el: Json, path: string): void {
  checkOptions(c, el.options, `${path}/options`, L.overflowOptionsMax, true);
  if (Array.isArray(el.options) && el.options.length < L.overflowOptionsMin) {
    c.add(`${path}/options`, `has ${el.options.length} items (min ${L.overflowOptionsMin})`);
  }
}

function checkPlainTextInput(c: Checker, el: Json, path: string): void {
  const { min_length: min, max_length: max } = el;
  if (max !== undefined && (typeof max !== 'number' || max < 1 || max > L.plainTextInputLength)) {
    c.add(`${path}/max_length`, `must be a number from 1 to ${L.plainTextInputLength}`);
  }
  if (min !== undefined && (typeof min !== 'number' || min < 0 || min > L.plainTextInputLength)) {
    c.add(`${path}/min_length`, `must be a number from 0 to ${L.plainTextInputLength}`);
  }
  if (typeof min === 'number' && typeof max === 'number' && min > max) {
    c.add(`${path}/min_length`, `is greater than max_length (${min} > ${max})`);
  }
}

function checkImageElement(c: Checker, el: Json, path: string): void {
  if (el.image_url === undefined && el.slack_file === undefined) c.add(path, 'needs image_url or slack_file');
  checkString(c, el.image_url, `${path}/image_url`, L.imageUrl);
  checkString(c, el.alt_text, `${path}/alt_text`, L.imageAltText, true);
}

/** Per-type checks of interactive and input elements. */
function checkElementBody(c: Checker, el: Json, path: string, type: string): void {
  if (type === 'button') checkButton(c, el, path);
  else if (SELECT_TYPES.has(type) || MULTI_SELECT_TYPES.has(type)) checkSelect(c, el, path, type);
  else if (type === 'overflow') checkOverflow(c, el, path);
  else if (type === 'checkboxes') checkOptions(c, el.options, `${path}/options`, L.checkboxOptions, false);
  else if (type === 'radio_buttons') checkOptions(c, el.options, `${path}/options`, L.radioOptions, false);
  else if (type === 'plain_text_input') checkPlainTextInput(c, el, path);
  else if (type === 'image') checkImageElement(c, el, path);
}

/** Checks one element against the set allowed where it sits; returns its action_id if any. */
function checkElement(c: Checker, value: unknown, path: string, allowed: ReadonlySet<string>): string | undefined {
  if (!isRecord(value)) {
    c.add(path, 'must be an element object');
    return undefined;
  }
  const type = value.type;
  if (typeof type !== 'string' || !allowed.has(type)) {
    c.add(`${path}/type`, `element type ${JSON.stringify(type)} is not allowed here`);
    return undefined;
  }
  checkString(c, value.action_id, `${path}/action_id`, L.actionId);
  checkConfirm(c, value.confirm, `${path}/confirm`);
  checkText(c, value.placeholder, `${path}/placeholder`, { max: L.placeholder, plainOnly: true });
  checkElementBody(c, value, path, type);
  return typeof value.action_id === 'string' ? value.action_id : undefined;
}

function checkSection(c: Checker, block: Json, path: string): void {
  if (block.text === undefined && block.fields === undefined) c.add(path, 'section needs text or fields');
  checkText(c, block.text, `${path}/text`, { max: L.sectionText });
  if (block.fields !== undefined) {
    for (const [i, field] of checkArray(c, block.fields, `${path}/fields`, 1, L.sectionFields).entries()) {
      checkText(c, field, `${path}/fields/${i}`, { max: L.sectionFieldText, required: true });
    }
  }
  if (block.accessory !== undefined) checkElement(c, block.accessory, `${path}/accessory`, ACCESSORY_ELEMENTS);
}

function checkActions(c: Checker, block: Json, path: string): void {
  const seen = new Set<string>();
  checkArray(c, block.elements, `${path}/elements`, 1, L.actionsElements).forEach((el, i) => {
    const actionId = checkElement(c, el, `${path}/elements/${i}`, ACTIONS_ELEMENTS);
    if (actionId === undefined) return;
    // Slack requires action_id to be unique within its block.
    if (seen.has(actionId)) c.add(`${path}/elements/${i}/action_id`, `action_id "${actionId}" repeats in this block`);
    seen.add(actionId);
  });
}

function checkContext(c: Checker, block: Json, path: string): void {
  checkArray(c, block.elements, `${path}/elements`, 1, L.contextElements).forEach((el, i) => {
    const elPath = `${path}/elements/${i}`;
    if (isRecord(el) && el.type === 'image') checkImageElement(c, el, elPath);
    else checkText(c, el, elPath, { max: L.textObject, required: true });
  });
}

function checkInput(c: Checker, block: Json, path: string): void {
  checkText(c, block.label, `${path}/label`, { max: L.inputLabel, plainOnly: true, required: true });
  checkText(c, block.hint, `${path}/hint`, { max: L.inputHint, plainOnly: true });
  if (block.element === undefined) c.add(`${path}/element`, 'is required');
  else checkElement(c, block.element, `${path}/element`, INPUT_ELEMENTS);
}

function checkImageBlock(c: Checker, block: Json, path: string): void {
  checkImageElement(c, block, path);
  checkText(c, block.title, `${path}/title`, { max: L.imageTitle, plainOnly: true });
}

function checkVideo(c: Checker, block: Json, path: string): void {
  checkText(c, block.title, `${path}/title`, { max: L.videoTitle, plainOnly: true, required: true });
  checkString(c, block.alt_text, `${path}/alt_text`, L.imageAltText, true);
  checkString(c, block.video_url, `${path}/video_url`, L.url, true);
  checkString(c, block.thumbnail_url, `${path}/thumbnail_url`, L.url, true);
}

function checkMarkdown(c: Checker, block: Json, path: string): void {
  if (typeof block.text !== 'string' || block.text.length === 0) {
    c.add(`${path}/text`, 'must be a non-empty string');
    return;
  }
  // The 12,000 character limit is cumulative over all markdown blocks of one payload.
  c.markdownChars += block.text.length;
  if (c.markdownChars > L.markdownTotal) {
    c.add(`${path}/text`, `markdown blocks total ${c.markdownChars} characters (max ${L.markdownTotal})`);
  }
}

function checkBlockBody(c: Checker, block: Json, path: string, type: string, surface: Surface): void {
  switch (type) {
    case 'section':
      checkSection(c, block, path);
      return;
    case 'header':
      checkText(c, block.text, `${path}/text`, { max: L.headerText, plainOnly: true, required: true });
      return;
    case 'actions':
      checkActions(c, block, path);
      return;
    case 'context':
      checkContext(c, block, path);
      return;
    case 'input':
      checkInput(c, block, path);
      return;
    case 'image':
      checkImageBlock(c, block, path);
      return;
    case 'video':
      checkVideo(c, block, path);
      return;
    case 'markdown':
      checkMarkdown(c, block, path);
      return;
    case 'rich_text':
      checkArray(c, block.elements, `${path}/elements`, 1, Number.POSITIVE_INFINITY);
      return;
    case 'file':
      if (surface !== 'message') c.add(`${path}/type`, 'file blocks are only allowed in messages');
      return;
    default:
      return;
  }
}

function checkBlock(c: Checker, block: unknown, path: string, surface: Surface): void {
  if (!isRecord(block)) {
    c.add(path, 'must be a block object');
    return;
  }
  const type = block.type;
  if (typeof type !== 'string' || !KNOWN_BLOCKS.has(type)) {
    c.add(`${path}/type`, `unknown block type ${JSON.stringify(type)}`);
    return;
  }
  if (block.block_id !== undefined) {
    checkString(c, block.block_id, `${path}/block_id`, L.blockId, true);
    if (typeof block.block_id === 'string') c.claimBlockId(block.block_id, path);
  }
  checkBlockBody(c, block, path, type, surface);
}

function checkBlocksInto(c: Checker, blocks: unknown, surface: Surface, path: string): void {
  const max = L.blocksPerSurface[surface];
  for (const [i, block] of checkArray(c, blocks, path, 0, max).entries()) checkBlock(c, block, `${path}/${i}`, surface);
}

function hasInputBlock(blocks: unknown): boolean {
  return Array.isArray(blocks) && blocks.some((block) => isRecord(block) && block.type === 'input');
}

function checkModalChrome(c: Checker, view: Json, path: string): void {
  checkText(c, view.title, `${path}/title`, { max: L.viewTitle, plainOnly: true, required: true });
  checkText(c, view.submit, `${path}/submit`, { max: L.viewButton, plainOnly: true });
  checkText(c, view.close, `${path}/close`, { max: L.viewButton, plainOnly: true });
  if (view.submit === undefined && hasInputBlock(view.blocks)) {
    c.add(`${path}/submit`, 'is required when the view has an input block');
  }
}

function checkHomeChrome(c: Checker, view: Json, path: string): void {
  for (const field of ['title', 'submit', 'close'] as const) {
    if (view[field] !== undefined) c.add(`${path}/${field}`, 'is not supported in a Home tab view');
  }
}

/** Detailed problems (path + message) of a list of blocks shown on `surface`. */
export function blockKitProblemList(blocks: unknown, surface: Surface, path = '/blocks'): BlockKitProblem[] {
  const c = new Checker();
  checkBlocksInto(c, blocks, surface, path);
  return c.problems;
}

/** Detailed problems of a modal or Home tab view object. */
export function viewProblemList(view: unknown, path = '/view'): BlockKitProblem[] {
  const c = new Checker();
  if (!isRecord(view)) {
    c.add(path, 'must be a view object');
    return c.problems;
  }
  if (view.type === 'modal') checkModalChrome(c, view, path);
  else if (view.type === 'home') checkHomeChrome(c, view, path);
  else c.add(`${path}/type`, `must be "modal" or "home", got ${JSON.stringify(view.type)}`);
  checkString(c, view.private_metadata, `${path}/private_metadata`, L.privateMetadata);
  checkString(c, view.callback_id, `${path}/callback_id`, L.callbackId);
  checkString(c, view.external_id, `${path}/external_id`, L.externalId);
  if (view.blocks === undefined) c.add(`${path}/blocks`, 'is required');
  else checkBlocksInto(c, view.blocks, view.type === 'home' ? 'home' : 'modal', `${path}/blocks`);
  return c.problems;
}

export function formatProblem(problem: BlockKitProblem): string {
  return `${problem.path}: ${problem.message}`;
}

/** Problems of `blocks` on `surface`, one readable line each; empty when Slack would accept them. */
export function blockKitProblems(blocks: unknown, surface: Surface): string[] {
  return blockKitProblemList(blocks, surface).map(formatProblem);
}

/** Problems of a modal or Home tab view, one readable line each. */
export function viewProblems(view: unknown): string[] {
  return viewProblemList(view).map(formatProblem);
}

function throwIfAny(problems: readonly string[], what: string): void {
  if (problems.length === 0) return;
  throw new Error(`${what} break Slack's Block Kit limits:\n  - ${problems.join('\n  - ')}`);
}

/** Throws one error listing every problem of `blocks` shown on `surface`. */
export function expectValidBlocks(blocks: unknown, surface: Surface = 'message'): void {
  throwIfAny(blockKitProblems(blocks, surface), `Blocks for a ${surface}`);
}

/** Throws one error listing every problem of a modal or Home tab view. */
export function expectValidView(view: unknown): void {
  throwIfAny(viewProblems(view), 'View');
}
