/**
 * class-validator's errors as field issues: one per failed constraint, with the dotted path of the property
 * (nested DTOs included) instead of Nest's default flat sentences, so every 400 has the same shape.
 */
import { ValidationPipe } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { ValidationProblem, type FieldIssue } from './problem-details.filter';

export function validationIssues(errors: ValidationError[], parent = ''): FieldIssue[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ path, message }));
    return [...own, ...validationIssues(error.children ?? [], path)];
  });
}

/**
 * The app's pipe. `whitelist` strips (and `forbidNonWhitelisted` refuses) unknown top-level fields only: rule
 * `match`/`throttle` are plain objects without nested DTOs, so their fields pass through untouched to
 * parseWatchRule, which validates them deeply.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new ValidationProblem(validationIssues(errors)),
  });
}
