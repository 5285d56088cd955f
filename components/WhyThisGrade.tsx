import { labelTitle } from '../lib/labels';
import { BASE_SCORE, LEAD_RISK_CAP } from '../lib/score/weights';
import { LEAD_RISKS, type ScoreResult } from '../lib/types';

/** Props of WhyThisGrade. */
export interface WhyThisGradeProps {
  score: ScoreResult;
}

const signed = (n: number): string => (n > 0 ? `+${n}` : `${n}`);

/**
 * "Why this grade": the points each finding costs or earns (already multiplied by the user's weights),
 * from the starting score, and the cap a lead risk puts on the grade. One click away (native details).
 */
export function WhyThisGrade({ score }: WhyThisGradeProps) {
  if (score.score === null || score.contributions.length === 0) return null;
  const capped = score.contributions.some((c) => LEAD_RISKS.includes(c.label));
  return (
    <details class="why-grade">
      <summary>Why this grade</summary>
      <p>
        Every policy starts at {BASE_SCORE}. Each kind of finding counts once, weighted as set in the options.
      </p>
      <ul>
        {score.contributions.map((c) => (
          <li key={c.label} class={c.points < 0 ? 'costs' : 'earns'}>
            <span class="points">{signed(c.points)}</span> {labelTitle(c.label)}
          </li>
        ))}
      </ul>
      {capped ? <p>A lead risk caps the score at {LEAD_RISK_CAP} (grade C at best).</p> : null}
      <p>
        Score {Math.round(score.score)} / 100 · grade {score.grade}
      </p>
    </details>
  );
}
