-- Competency hub and career hub (modules/competencies).

-- The Karmayogi Competency Model as data: type → area → theme → competency, each competency with five
-- proficiency level descriptors in English and Hindi (levels jsonb: [{en, hi}] × 5, index = level − 1).
CREATE TABLE competency_areas (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  type text NOT NULL CHECK (type IN ('behavioural', 'functional', 'domain')),
  code text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name_en text NOT NULL,
  name_hi text NOT NULL,
  position int NOT NULL DEFAULT 0
);
CREATE TABLE competency_themes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  area_id uuid NOT NULL REFERENCES competency_areas (id),
  code text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name_en text NOT NULL,
  name_hi text NOT NULL,
  position int NOT NULL DEFAULT 0
);
CREATE INDEX competency_themes_area_idx ON competency_themes (area_id);
-- `code` is what courses tag (courses.competencies [{code, level}]); it never changes once used.
CREATE TABLE competencies (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  theme_id uuid NOT NULL REFERENCES competency_themes (id),
  code text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name_en text NOT NULL,
  name_hi text NOT NULL,
  description_en text NOT NULL DEFAULT '',
  description_hi text NOT NULL DEFAULT '',
  levels jsonb NOT NULL CHECK (jsonb_typeof(levels) = 'array' AND jsonb_array_length(levels) = 5),
  position int NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX competencies_theme_idx ON competencies (theme_id);

-- FRAC: designation → roles → activities → required competencies with a level. A designation's whole
-- FRAC is replaced at once (web editor or CSV import); `version` guards concurrent edits.
CREATE TABLE frac_designations (
  designation_id uuid PRIMARY KEY REFERENCES designations (id),
  version int NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id)
);
CREATE TABLE frac_roles (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  designation_id uuid NOT NULL REFERENCES frac_designations (designation_id) ON DELETE CASCADE,
  position int NOT NULL,
  name_en text NOT NULL,
  name_hi text NOT NULL,
  UNIQUE (designation_id, position)
);
CREATE TABLE frac_activities (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  role_id uuid NOT NULL REFERENCES frac_roles (id) ON DELETE CASCADE,
  position int NOT NULL,
  name_en text NOT NULL,
  name_hi text NOT NULL,
  UNIQUE (role_id, position)
);
CREATE TABLE frac_activity_competencies (
  activity_id uuid NOT NULL REFERENCES frac_activities (id) ON DELETE CASCADE,
  competency_id uuid NOT NULL REFERENCES competencies (id),
  level smallint NOT NULL CHECK (level BETWEEN 1 AND 5),
  position int NOT NULL DEFAULT 0,
  PRIMARY KEY (activity_id, competency_id)
);
CREATE INDEX frac_activity_competencies_competency_idx ON frac_activity_competencies (competency_id);
-- What a designation requires: the highest level any of its activities needs, per competency.
CREATE VIEW designation_requirements AS
  SELECT r.designation_id, ac.competency_id, max(ac.level)::smallint AS level
  FROM frac_roles r
  JOIN frac_activities a ON a.role_id = r.id
  JOIN frac_activity_competencies ac ON ac.activity_id = a.id
  GROUP BY r.designation_id, ac.competency_id;

-- The competency passbook. One row per piece of evidence; (user, competency, source, source_ref) is unique,
-- which is what makes an earned entry happen exactly once (source_ref: the course id for 'course' and
-- 'assessment', 'self' for the one self-declaration, a report id for 'institute').
CREATE TABLE competency_entries (
  user_id uuid NOT NULL REFERENCES users (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  competency_id uuid NOT NULL REFERENCES competencies (id),
  level smallint NOT NULL CHECK (level BETWEEN 1 AND 5),
  source text NOT NULL CHECK (source IN ('course', 'assessment', 'self', 'institute')),
  source_ref text NOT NULL,
  evidence jsonb NOT NULL DEFAULT '{}',
  achieved_at timestamptz NOT NULL,
  recorded_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, id),
  UNIQUE (user_id, competency_id, source, source_ref)
);
-- Per learner and competency: the highest earned level (never from a self-declaration) and the declared one.
CREATE TABLE competency_levels (
  user_id uuid NOT NULL REFERENCES users (id),
  competency_id uuid NOT NULL REFERENCES competencies (id),
  earned_level smallint NOT NULL DEFAULT 0 CHECK (earned_level BETWEEN 0 AND 5),
  declared_level smallint CHECK (declared_level BETWEEN 1 AND 5),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, competency_id)
);
-- The learner's competency profile: first-sign-in prompt state and the target post of the career hub.
CREATE TABLE competency_profiles (
  user_id uuid PRIMARY KEY REFERENCES users (id),
  onboarding text NOT NULL DEFAULT 'pending' CHECK (onboarding IN ('pending', 'completed', 'skipped')),
  designation_confirmed_at timestamptz,
  onboarded_at timestamptz,
  target_designation_id uuid REFERENCES designations (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- course.completed events already taken into the passbook and the peer rollup (exactly once per learner and course).
CREATE TABLE competency_course_completions (
  user_id uuid NOT NULL REFERENCES users (id),
  course_id uuid NOT NULL,
  designation_id uuid,
  completed_at timestamptz NOT NULL,
  PRIMARY KEY (user_id, course_id)
);
-- Peer rollup: completions per designation (of the learner at completion time) and course.
CREATE TABLE designation_course_completions (
  designation_id uuid NOT NULL REFERENCES designations (id),
  course_id uuid NOT NULL,
  completions int NOT NULL DEFAULT 0,
  PRIMARY KEY (designation_id, course_id)
);
CREATE INDEX designation_course_completions_top_idx ON designation_course_completions (designation_id, completions DESC, course_id);

-- Career paths: ladders of designations within a service or cadre.
CREATE TABLE career_paths (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL UNIQUE,
  name_en text NOT NULL,
  name_hi text NOT NULL,
  cadre_en text NOT NULL,
  cadre_hi text NOT NULL,
  position int NOT NULL DEFAULT 0
);
CREATE TABLE career_path_steps (
  path_id uuid NOT NULL REFERENCES career_paths (id) ON DELETE CASCADE,
  position int NOT NULL,
  designation_id uuid NOT NULL REFERENCES designations (id),
  PRIMARY KEY (path_id, position),
  UNIQUE (path_id, designation_id)
);
CREATE INDEX career_path_steps_designation_idx ON career_path_steps (designation_id);
