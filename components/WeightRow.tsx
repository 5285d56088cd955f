import type { Category } from '../lib/types';
import { CATEGORY_NAMES } from '../lib/labels';

/** Props of WeightRow. */
export interface WeightRowProps {
  category: Category;
  weight: 0 | 1 | 2;
  onChange: (category: Category, weight: 0 | 1 | 2) => void;
}

const CHOICES = [
  { value: 0, text: 'Ignore' },
  { value: 1, text: 'Normal' },
  { value: 2, text: 'Matters most' },
] as const;

/** One category's weight (0/1/2) as a labelled select. */
export function WeightRow({ category, weight, onChange }: WeightRowProps) {
  const id = `weight-${category}`;
  return (
    <tr>
      <th scope="row">
        <label for={id}>{CATEGORY_NAMES[category]}</label>
      </th>
      <td>
        <select
          id={id}
          value={String(weight)}
          onChange={(e) => {
            const v = Number((e.currentTarget as HTMLSelectElement).value);
            if (v === 0 || v === 1 || v === 2) onChange(category, v);
          }}
        >
          {CHOICES.map((c) => (
            <option key={c.value} value={String(c.value)}>
              {c.text}
            </option>
          ))}
        </select>
      </td>
    </tr>
  );
}
