import { applyLayer, defaultSettings } from '../../../server/src/engine/settings.ts';
for (const layer of [{ constructor: 1 }, { toString: 'x' }, JSON.parse('{"__proto__": 5}'), { rules: { 'duplicate-paragraph': { constructor: 1 } } }, JSON.parse('{"rules": {"quote-style": {"__proto__": 1}}}'), {rules: {'__proto__': 'off'}}, {rules: {'toString': 'off'}}]) {
  try { const p: any[] = []; applyLayer(defaultSettings(), layer, 'x', p); console.log('ok', JSON.stringify(layer), p.map(x=>x.message)); } catch (e) { console.log('THROWS', JSON.stringify(layer), (e as Error).message); }
}
