import type { DemoCourse } from './types';
import { AI_BASICS } from './AI-BASICS';
import { CYBER_SEC } from './CYBER-SEC';
import { E_OFFICE } from './E-OFFICE';
import { DM_DISTRICT } from './DM-DISTRICT';
import { MCH_ANM_ASHA } from './MCH-ANM-ASHA';
import { NOTING_DRAFTING } from './NOTING-DRAFTING';
import { COMMUNITY_POLICING } from './COMMUNITY-POLICING';
import { GEM_PROC } from './GEM-PROC';
import { POSH_2013 } from './POSH-2013';
import { RTI_2005 } from './RTI-2005';
import { Y_BREAK } from './Y-BREAK';
import { NEP_2020 } from './NEP-2020';

export type { Bi, DemoCourse, DemoLesson, DemoModule, DemoQuestion } from './types';

/** The demo courses. The first three (AI, cyber security, e-governance) are the "latest" mandatory ones (Jan–Mar 2026). */
export const DEMO_COURSES: DemoCourse[] = [
  AI_BASICS,
  CYBER_SEC,
  E_OFFICE,
  DM_DISTRICT,
  MCH_ANM_ASHA,
  NOTING_DRAFTING,
  COMMUNITY_POLICING,
  GEM_PROC,
  POSH_2013,
  RTI_2005,
  Y_BREAK,
  NEP_2020,
];
