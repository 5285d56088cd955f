import type { ScoreResult } from '../lib/types';
import { WhyThisGrade } from './WhyThisGrade';

/** Props of GradeSummary. */
export interface GradeSummaryProps {
  score: ScoreResult;
  title: string;
  /** Shown as a small note so users know the verdict was not recomputed. */
  fromCache: boolean;
}

/** Grade letter, score and one-line verdict of the analysed policy. */
export function GradeSummary({ score, title, fromCache }: GradeSummaryProps) {
  return (
    <header class="summary">
      <div class={`grade grade-${score.grade === '?' ? 'unknown' : score.grade}`} role="img" aria-label={`Grade ${score.grade}`}>
        {score.grade}
      </div>
      <div class="summary-text">
        <p class="policy-title">{title}</p>
        <p class="verdict">{score.verdict}</p>
        <p class="score-line">
          {score.score === null ? 'Not enough information for a score' : `Score ${Math.round(score.score)} / 100`}
          {fromCache ? ' · from cache' : ''}
        </p>
        <WhyThisGrade score={score} />
      </div>
    </header>
  );
}
