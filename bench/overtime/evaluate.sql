-- The organisation-wide evaluation of a fiscal year by hand, straight from the raw records: for every
-- employee in the directory and every month of the year, the month's overtime hours, the year so far, the
-- 2–6-month rolling averages and the months over 45 h, with the kind (a month touched by an other-driven
-- assignment is other-driven), the limits of the domain defaults and the highest warning tier reached.
-- Placeholders (run.sh substitutes them): :first = five months before the fiscal year, :fy = its first year.
-- Covers what the benchmark data holds: objective records, the default schedule, holidays (national and
-- the employer's). It leaves out corrections, self-reports, personal schedules and the after-transfer limit
-- (none in the data); the module handles all of them, so this query does less than the module, not more.
WITH spans AS (
    SELECT r.employee_id, r.work_date, min(r.started_at) AS s, max(r.ended_at) AS e
    FROM overtime.working_time_records r
    WHERE r.source <> 'SelfReport' AND r.work_date >= date :first AND r.work_date < make_date(:fy + 1, 4, 1)
    GROUP BY r.employee_id, r.work_date),
monthly AS (
    SELECT employee_id, date_trunc('month', work_date)::date AS month,
        sum(overtime.overtime_minutes(work_date, s, e,
            extract(isodow FROM work_date) < 6 AND NOT EXISTS (SELECT 1 FROM overtime.holidays h WHERE h.date = work_date)
                AND NOT EXISTS (SELECT 1 FROM overtime.national_holidays n WHERE n.date = work_date),
            time '08:30', time '17:15', time '12:00', time '13:00')) AS minutes
    FROM spans GROUP BY 1, 2),
months AS (
    SELECT g::date AS month, (g + interval '1 month' - interval '1 day')::date AS last_day,
        extract(year FROM g - interval '3 months')::integer AS fiscal_year
    FROM generate_series(date :first, make_date(:fy + 1, 3, 1), interval '1 month') g),
other_driven AS (
    SELECT DISTINCT a.employee_id, m.month
    FROM overtime.directory_assignments a
    JOIN overtime.other_driven_designations d ON d.department_code = a.department_code
    JOIN months m ON a.valid_from <= m.last_day AND coalesce(a.valid_to, 'infinity') >= m.month
    WHERE d.valid_from <= least(m.last_day, coalesce(a.valid_to, 'infinity'))
      AND coalesce(d.valid_to, 'infinity') >= greatest(m.month, a.valid_from)),
grid AS (
    SELECT e.employee_id, m.month, m.fiscal_year, round(coalesce(x.minutes, 0) / 60.0, 2) AS hours, o.month IS NOT NULL AS od
    FROM overtime.directory_employees e
    CROSS JOIN months m
    LEFT JOIN monthly x ON x.employee_id = e.employee_id AND x.month = m.month
    LEFT JOIN other_driven o ON o.employee_id = e.employee_id AND o.month = m.month),
windows AS (
    SELECT *,
        sum(hours) OVER fy AS year_hours,
        bool_or(od) OVER fy AS year_od,
        count(*) FILTER (WHERE hours > 45) OVER fy AS over_45,
        round(avg(hours) OVER (PARTITION BY employee_id ORDER BY month ROWS 1 PRECEDING), 2) AS avg2,
        round(avg(hours) OVER (PARTITION BY employee_id ORDER BY month ROWS 2 PRECEDING), 2) AS avg3,
        round(avg(hours) OVER (PARTITION BY employee_id ORDER BY month ROWS 3 PRECEDING), 2) AS avg4,
        round(avg(hours) OVER (PARTITION BY employee_id ORDER BY month ROWS 4 PRECEDING), 2) AS avg5,
        round(avg(hours) OVER (PARTITION BY employee_id ORDER BY month ROWS 5 PRECEDING), 2) AS avg6
    FROM grid
    WINDOW fy AS (PARTITION BY employee_id, fiscal_year ORDER BY month ROWS UNBOUNDED PRECEDING)),
judged AS (
    SELECT *,
        CASE WHEN od THEN 100 ELSE 45 END AS month_limit,
        CASE WHEN year_od THEN 720 ELSE 360 END AS year_limit,
        CASE WHEN od THEN greatest(avg2, avg3, avg4, avg5, avg6) END AS worst_avg
    FROM windows WHERE fiscal_year = :fy)
SELECT employee_id, month, CASE WHEN od THEN 'OtherDriven' ELSE 'Standard' END AS kind, hours, year_hours,
    avg2, avg3, avg4, avg5, avg6, CASE WHEN od THEN over_45 END AS months_over_45,
    (CASE WHEN od THEN hours >= 100 ELSE hours > 45 END) OR year_hours > year_limit
        OR coalesce(worst_avg > 80, false) OR (od AND over_45 > 6) AS any_exceeded,
    (SELECT max(p) FROM unnest(ARRAY[50, 70, 80, 90]) p
     WHERE hours >= month_limit * p / 100.0 OR year_hours >= year_limit * p / 100.0 OR worst_avg >= 80 * p / 100.0) AS highest_warning
FROM judged
ORDER BY employee_id, month
