/**
 * The demo editor: CodeMirror 6 with TypeScript highlighting, loaded only when a reader presses
 * Edit (it is the largest chunk the page can load, so it never comes with the page).
 */
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { javascript } from '@codemirror/lang-javascript';
import {
	bracketMatching,
	defaultHighlightStyle,
	indentOnInput,
	syntaxHighlighting,
} from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { oneDarkHighlightStyle } from '@codemirror/theme-one-dark';
import { EditorView, keymap, lineNumbers, highlightActiveLine } from '@codemirror/view';

/** Editor chrome in the site's own colours, so it looks like the code block it replaces. */
const surfaceTheme = EditorView.theme({
	'&': { backgroundColor: 'var(--sl-color-black)', color: 'var(--sl-color-white)' },
	'.cm-gutters': {
		backgroundColor: 'var(--sl-color-gray-6)',
		color: 'var(--sl-color-gray-2)',
		border: 'none',
	},
	'.cm-activeLine': {
		backgroundColor: 'color-mix(in srgb, var(--sl-color-gray-5) 30%, transparent)',
	},
	'&.cm-focused': { outline: '2px solid var(--sl-color-accent-high)' },
	'.cm-content': { fontFamily: 'var(--__sl-font-mono)', caretColor: 'var(--sl-color-white)' },
	'.cm-scroller': { fontFamily: 'var(--__sl-font-mono)' },
});

export interface DemoEditor {
	dom: HTMLElement;
	value(): string;
	setValue(text: string): void;
	focus(): void;
}

interface Options {
	parent: HTMLElement;
	doc: string;
	label: string;
	onChange(text: string): void;
}

export function createDemoEditor({ doc, label, onChange }: Options): DemoEditor {
	const view = new EditorView({
		state: EditorState.create({
			doc,
			extensions: [
				lineNumbers(),
				history(),
				indentOnInput(),
				bracketMatching(),
				highlightActiveLine(),
				javascript({ typescript: true }),
				// The page's theme at the moment the editor opens picks the highlight colours.
				syntaxHighlighting(
					document.documentElement.dataset.theme === 'light'
						? defaultHighlightStyle
						: oneDarkHighlightStyle,
				),
				surfaceTheme,
				// Tab indents; Escape then Tab leaves the editor (CodeMirror's documented escape hatch).
				keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
				EditorView.contentAttributes.of({ 'aria-label': label }),
				EditorView.updateListener.of((update) => {
					if (update.docChanged) onChange(update.state.doc.toString());
				}),
			],
		}),
	});
	return {
		dom: view.dom,
		value: () => view.state.doc.toString(),
		setValue: (text) =>
			view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }),
		focus: () => view.focus(),
	};
}
