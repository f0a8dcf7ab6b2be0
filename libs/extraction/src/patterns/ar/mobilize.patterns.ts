// Arabic MOBILIZE triggers: reinforcements, deployments, build-ups, alerts and exercises.
import { triggers } from '../trigger.types';

export const AR_MOBILIZE = triggers('MOBILIZE', [
  ['troops', 'noun', 0.9, 'تعزيزات|تعزيزات عسكرية|حشود|حشود عسكرية|حشد|انتشار عسكري|نشر قوات'],
  [
    'troops',
    'verb',
    0.9,
    'دفع ~ بتعزيزات|دفعت ~ بتعزيزات|دفعوا ~ بتعزيزات|أرسل ~ تعزيزات|أرسلت ~ تعزيزات|أرسل ~ قوات|أرسلت ~ قوات|نشر ~ قوات|نشرت ~ قوات|نشر ~ جنود|نشرت ~ جنود|حشد|حشدت|حشدوا|استقدم|استقدمت',
  ],
  ['alert', 'noun', 0.8, 'استنفار|حالة التأهب|رفع حالة التأهب|حالة الاستنفار'],
  ['exercise', 'noun', 0.75, 'مناورات|مناورات عسكرية|تدريبات عسكرية|مناورة عسكرية'],
  ['militia', 'verb', 0.75, 'جند|جندت|تجنيد'],
]);
