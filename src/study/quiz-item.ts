/**
 * Makes one server-rendered quiz item (src/components/study/QuizItem.astro) interactive: Check
 * reads the reader's response, says whether it is right and shows the explanation of every
 * choice that matters, in a live region so screen readers hear it. The explanations are read from
 * the item's own answer disclosure, so each exists once in the page.
 */
import { isCorrectResponse } from './answer-key';
import type { QuizKind } from './quiz-schema';
import { RATINGS, type RatingName } from './scheduler';

export interface ItemResult {
	response: number[];
	/** null for a recall item until the reader rates themselves. */
	correct: boolean | null;
	rating?: RatingName;
}

export interface EnhanceOptions {
	/** In the chapter, recall items ask the reader to rate themselves; on /review/ the page does. */
	selfRate: boolean;
	onResult: (result: ItemResult) => void;
}

const SELF_RATING_LABELS: Record<RatingName, string> = {
	again: 'I missed it',
	hard: 'Partly',
	good: 'I knew it',
	easy: 'Easily',
};

function explanationOf(form: HTMLFormElement, index: number): string {
	return (
		form.querySelector(`.quiz-solution li[data-index="${index}"] .quiz-explanation`)?.innerHTML ??
		''
	).replace(/^ — /, '');
}

function textOf(form: HTMLFormElement, index: number): string {
	const label = form.querySelector(`.quiz-choices li[data-index="${index}"] label span`);
	const step = form.querySelector(`.quiz-steps li[data-step="${index}"] label`);
	return (label ?? step)?.innerHTML ?? '';
}

/** The reader's response, or a message saying what is missing. */
function readResponse(form: HTMLFormElement): number[] | string {
	const kind = form.dataset.kind;
	if (kind === 'single' || kind === 'multiple') {
		const chosen = [...form.querySelectorAll<HTMLInputElement>('.quiz-choices input:checked')].map(
			(input) => Number(input.value),
		);
		return chosen.length ? chosen : 'Choose an answer first.';
	}
	if (kind === 'order') {
		const positions = [...form.querySelectorAll<HTMLLIElement>('.quiz-steps li')].map((li) => ({
			step: Number(li.dataset.step),
			position: li.querySelector('select')!.value,
		}));
		if (positions.some((p) => p.position === '')) return 'Give every step a position first.';
		if (new Set(positions.map((p) => p.position)).size !== positions.length)
			return 'Two steps have the same position; give each step its own.';
		return positions.sort((a, b) => Number(a.position) - Number(b.position)).map((p) => p.step);
	}
	return [];
}

function isRight(form: HTMLFormElement, response: number[]): boolean {
	const answerKey = JSON.parse(form.dataset.answer ?? '[]') as number[];
	return isCorrectResponse(form.dataset.kind as QuizKind, answerKey, response);
}

function feedbackHtml(form: HTMLFormElement, response: number[], right: boolean): string {
	const kind = form.dataset.kind;
	const verdict = `<p class="quiz-verdict" data-right="${right}"><strong>${right ? 'Correct.' : 'Not quite.'}</strong></p>`;
	if (kind === 'order') {
		const steps = response
			.map((step, position) => {
				const ok = step === position;
				return `<li data-right="${ok}"><span class="quiz-mark">${ok ? 'In place' : `Should be step ${step + 1}`}:</span> ${textOf(form, step)} — ${explanationOf(form, step)}</li>`;
			})
			.join('');
		return `${verdict}<p>Your order:</p><ol>${steps}</ol>`;
	}
	const answer = JSON.parse(form.dataset.answer ?? '[]') as number[];
	// In the order the page shows the choices (shuffled by id; see shuffle.ts).
	const shown = [...form.querySelectorAll<HTMLLIElement>('.quiz-choices li')].map((li) =>
		Number(li.dataset.index),
	);
	const relevant = [...new Set([...response, ...answer])].sort(
		(a, b) => shown.indexOf(a) - shown.indexOf(b),
	);
	const rows = relevant
		.map((index) => {
			const chosen = response.includes(index);
			const correct = answer.includes(index);
			const mark = chosen
				? correct
					? 'Your choice, correct'
					: 'Your choice, not correct'
				: 'You missed this correct answer';
			return `<li data-right="${chosen === correct}"><span class="quiz-mark">${mark}:</span> ${textOf(form, index)} — ${explanationOf(form, index)}</li>`;
		})
		.join('');
	return `${verdict}<ul>${rows}</ul>`;
}

/** Shows a saved response (from an earlier visit) as if the reader had just checked it. */
function restore(form: HTMLFormElement, response: number[]) {
	const kind = form.dataset.kind;
	if (kind === 'single' || kind === 'multiple') {
		for (const input of form.querySelectorAll<HTMLInputElement>('.quiz-choices input')) {
			input.checked = response.includes(Number(input.value));
		}
	} else if (kind === 'order') {
		response.forEach((step, position) => {
			const select = form.querySelector<HTMLSelectElement>(`li[data-step="${step}"] select`);
			if (select) select.value = String(position);
		});
	}
}

export function enhanceQuizItem(
	form: HTMLFormElement,
	options: EnhanceOptions,
	saved?: { response: number[]; correct: boolean },
): void {
	const feedback = form.querySelector<HTMLElement>('.quiz-feedback')!;
	const kind = form.dataset.kind;
	form.classList.add('is-enhanced');

	const showResult = (response: number[], announce: boolean) => {
		const right = isRight(form, response);
		feedback.innerHTML = feedbackHtml(form, response, right);
		form.dataset.result = right ? 'right' : 'wrong';
		if (!announce) feedback.setAttribute('data-restored', '');
		return right;
	};

	if (saved && kind !== 'recall') {
		restore(form, saved.response);
		showResult(saved.response, false);
	} else if (saved && kind === 'recall') {
		const rating = RATINGS[saved.response[0] ?? -1];
		if (rating)
			feedback.textContent = `Last time you rated yourself: “${SELF_RATING_LABELS[rating]}”.`;
	}

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		feedback.removeAttribute('data-restored');
		if (kind === 'recall') {
			form.querySelector('details')!.open = true;
			form.dataset.result = 'revealed';
			if (!options.selfRate) {
				feedback.textContent = 'Compare your answer with the one below.';
				options.onResult({ response: [], correct: null });
				return;
			}
			feedback.replaceChildren(selfRating(options));
			feedback.querySelector('button')?.focus();
			return;
		}
		const response = readResponse(form);
		if (typeof response === 'string') {
			feedback.textContent = response;
			return;
		}
		const right = showResult(response, true);
		options.onResult({ response, correct: right });
	});
}

/** "How did you do?" for a recall item in the chapter: four buttons, one per FSRS rating. */
function selfRating(options: EnhanceOptions): HTMLElement {
	const group = document.createElement('div');
	group.className = 'quiz-self-rating';
	group.setAttribute('role', 'group');
	group.setAttribute('aria-label', 'How did you do?');
	const prompt = document.createElement('p');
	prompt.textContent = 'The answer is below. How did you do?';
	group.append(prompt);
	RATINGS.forEach((rating, index) => {
		const button = document.createElement('button');
		button.type = 'button';
		button.textContent = SELF_RATING_LABELS[rating];
		button.addEventListener('click', () => {
			prompt.textContent = `Saved: “${SELF_RATING_LABELS[rating]}”.`;
			for (const b of group.querySelectorAll('button')) b.remove();
			options.onResult({
				response: [index],
				correct: rating === 'good' || rating === 'easy',
				rating,
			});
		});
		group.append(button);
	});
	return group;
}
