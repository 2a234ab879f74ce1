import type { PlatformTables } from '../platform/platform.tables';
import type { OrgsTables } from '../modules/orgs/orgs.tables';
import type { IdentityTables } from '../modules/identity/identity.tables';
import type { UserAdminTables } from '../modules/user-admin/user-admin.tables';
import type { CoursesTables } from '../modules/courses/courses.tables';
import type { LearningTables } from '../modules/learning/learning.tables';
import type { ProgrammesTables } from '../modules/programmes/programmes.tables';
import type { AssessmentsTables } from '../modules/assessments/assessments.tables';
import type { CompetenciesTables } from '../modules/competencies/competencies.tables';
import type { CertificatesTables } from '../modules/certificates/certificates.tables';
import type { PlansTables } from '../modules/plans/plans.tables';
import type { HrmsTables } from '../modules/hrms/hrms.tables';
import type { ReportsTables } from '../modules/reports/reports.tables';

/**
 * Kysely's view of the whole database: every module's tables, each declared beside the module that owns them
 * (`modules/<module>/<module>.tables.ts`). Queries may join across modules; imports of another module's row types go
 * through that module's public face (`modules/<module>/index.ts`).
 */
export interface DB
  extends PlatformTables,
    OrgsTables,
    IdentityTables,
    UserAdminTables,
    CoursesTables,
    LearningTables,
    ProgrammesTables,
    AssessmentsTables,
    CompetenciesTables,
    CertificatesTables,
    PlansTables,
    HrmsTables,
    ReportsTables {}
