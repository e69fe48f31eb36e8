import { expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { describeEachDialect } from '../test-stores.js';

describeEachDialect('settings', (testStore) => {
  it('keeps a setting across reopening, replaces it when set again, and logs who set it', async () => {
    const location = await testStore().another();
    const store = await openStore(location);
    try {
      expect(await store.setting('ceasefire')).toBeUndefined();
      await store.write('settings', (writer) => writer.putSetting('ceasefire', { date: '2020-11-09', label: 'ceasefire' }, 'anna'));
      await store.write('settings', (writer) => writer.putSetting('ceasefire', { date: '2020-11-10', label: 'ceasefire' }, 'boris'));
    } finally {
      await store.close();
    }
    const reopened = await openStore(location);
    try {
      expect(await reopened.setting('ceasefire')).toEqual({ date: '2020-11-10', label: 'ceasefire' });
      expect((await reopened.settings()).map(({ key, updatedBy }) => [key, updatedBy])).toEqual([['ceasefire', 'boris']]);
      const logged = (await reopened.changeLog()).filter((entry) => entry.action === 'setting');
      expect(logged.map((entry) => [entry.actor, (entry.detail['value'] as { date: string }).date])).toEqual([
        ['anna', '2020-11-09'],
        ['boris', '2020-11-10'],
      ]);
    } finally {
      await reopened.close();
    }
  });
});
