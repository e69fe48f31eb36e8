import { describe, expect, it } from 'vitest';
import { sheetNames } from './workbook-source.js';
import { workbookCellText } from './workbook-cells.js';

describe('sheetNames', () => {
  it('lists sheet names in workbook order, with XML entities read', () => {
    const xml = '<workbook><sheets><sheet name="Siyahı" sheetId="1" r:id="rId1"/><sheet sheetId="2" name="A &amp; B &#1040;" r:id="rId2"/></sheets></workbook>';
    expect(sheetNames(xml)).toEqual(['Siyahı', 'A & B А']);
  });
});

describe('workbookCellText', () => {
  it('gives the text a clerk sees for each kind of cell', () => {
    expect(workbookCellText(new Date(Date.UTC(1999, 2, 12)))).toBe('1999-03-12');
    expect(workbookCellText(new Date(Date.UTC(1999, 2, 12, 10, 30)))).toBe('1999-03-12 10:30:00');
    expect(workbookCellText(36231)).toBe('36231');
    expect(workbookCellText({ richText: [{ text: 'Григо' }, { text: 'рян' }] })).toBe('Григорян');
    expect(workbookCellText({ formula: 'A1', result: 'Sargsyan' })).toBe('Sargsyan');
    expect(workbookCellText({ text: 'link', hyperlink: 'http://x' })).toBe('link');
    expect(workbookCellText({ error: '#N/A' })).toBe('#N/A');
    expect(workbookCellText(null)).toBe('');
  });
});
