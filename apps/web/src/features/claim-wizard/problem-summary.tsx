import { Alert, Anchor, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemMessage, type Problem } from '../catalog/use-problem-message';
import { fieldId, fieldLabel } from './field-labels';
import { fieldKeysOf } from './wizard-steps';

type ProblemSummaryProps = { problems: Problem[]; productOfLine?: (index: number) => string | undefined };

/** Lists a step's problems at its top, each linking to its field; announced as soon as it appears. */
export const ProblemSummary = forwardRef<HTMLDivElement, ProblemSummaryProps>(function ProblemSummary({ problems, productOfLine }, ref) {
  const { t } = useTranslation();
  const message = useProblemMessage();
  if (problems.length === 0) return null;

  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="red"
      role="alert"
      title={t('wizard.problemsTitle')}
      icon={<IconAlertTriangle aria-hidden />}
      data-testid="problem-summary"
    >
      <List size="sm" spacing={4}>
        {problems.map((problem) => {
          const key = fieldKeysOf(problem.path)[0] ?? problem.path;
          const label = fieldLabel(key, t, productOfLine);
          const text = label ? `${label}: ${message(problem)}` : message(problem);
          return (
            <List.Item key={`${problem.path}|${problem.code}`}>
              {label ? (
                <Anchor
                  href={`#${fieldId(key)}`}
                  c="red.9"
                  size="sm"
                  onClick={(event) => {
                    const target = document.getElementById(fieldId(key));
                    if (!target) return;
                    event.preventDefault();
                    target.focus();
                    target.scrollIntoView({ block: 'center' });
                  }}
                >
                  {text}
                </Anchor>
              ) : (
                text
              )}
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
});
