import { describe, expect, it } from 'vitest';
import { chapterFields, requireChapterFields } from '../../src/course/chapter-schema';

const schema = chapterFields.superRefine(requireChapterFields);

const validChapter = {
	lecture: 0,
	order: 1,
	summary: 'Record, share and undo work with Git, and collaborate through pull requests.',
	objectives: ['Explain what a commit records', 'Resolve a merge conflict by hand'],
	topics: ['commit', 'branch', 'merge conflict'],
};

function issuePaths(data: unknown): string[] {
	const result = schema.safeParse(data);
	return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('chapter frontmatter', () => {
	it('accepts a complete chapter and defaults kind to "chapter"', () => {
		const parsed = schema.parse(validChapter);
		expect(parsed.kind).toBe('chapter');
	});

	it('accepts a non-chapter page without chapter fields', () => {
		expect(issuePaths({ kind: 'page' })).toEqual([]);
	});

	it.each(['lecture', 'order', 'summary', 'objectives', 'topics'] as const)(
		'names "%s" when a chapter leaves it out',
		(field) => {
			const { [field]: _omitted, ...rest } = validChapter;
			expect(issuePaths(rest)).toEqual([field]);
		},
	);

	it('names the field when a value has the wrong type or shape', () => {
		expect(issuePaths({ ...validChapter, lecture: 'zero' })).toEqual(['lecture']);
		expect(issuePaths({ ...validChapter, order: 0 })).toEqual(['order']);
		expect(issuePaths({ ...validChapter, objectives: ['Too short'] }).sort()).toEqual([
			'objectives',
			'objectives.0',
		]);
		expect(issuePaths({ ...validChapter, kind: 'lesson' })).toEqual(['kind']);
	});
});
