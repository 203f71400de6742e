using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Welfare.Modules.Overtime.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// The law's holidays as rows beside the employer's (NationalHolidayRows), marked for recomputation like the
    /// employer's, and a working day is one that neither table holds.
    /// </summary>
    public partial class NationalHolidays : Migration
    {
        /// <summary>refresh_totals of the RefreshTotalsOnlyWhenMarked migration, with national holidays off as well.</summary>
        private const string Refresh = """
            CREATE OR REPLACE FUNCTION overtime.refresh_totals(batch_size integer, skip_locked boolean) RETURNS integer LANGUAGE plpgsql AS $$
            DECLARE taken integer;
            BEGIN
                -- Every read of totals calls this; most find nothing marked and need no temp table.
                IF NOT EXISTS (SELECT 1 FROM overtime.pending_totals) THEN RETURN 0; END IF;
                CREATE TEMP TABLE IF NOT EXISTS refresh_target (employee_id varchar(32), year integer, month integer, first_day date, next_first date) ON COMMIT DROP;
                TRUNCATE refresh_target;
                IF skip_locked THEN
                    WITH claimed AS (
                        DELETE FROM overtime.pending_totals p
                        WHERE (p.employee_id, p.year, p.month) IN (
                            SELECT employee_id, year, month FROM overtime.pending_totals FOR UPDATE SKIP LOCKED LIMIT batch_size)
                        RETURNING p.employee_id, p.year, p.month)
                    INSERT INTO refresh_target
                    SELECT employee_id, year, month, make_date(year, month, 1), (make_date(year, month, 1) + interval '1 month')::date FROM claimed;
                ELSE
                    WITH claimed AS (
                        DELETE FROM overtime.pending_totals p
                        WHERE (p.employee_id, p.year, p.month) IN (
                            SELECT employee_id, year, month FROM overtime.pending_totals FOR UPDATE LIMIT batch_size)
                        RETURNING p.employee_id, p.year, p.month)
                    INSERT INTO refresh_target
                    SELECT employee_id, year, month, make_date(year, month, 1), (make_date(year, month, 1) + interval '1 month')::date FROM claimed;
                END IF;
                GET DIAGNOSTICS taken = ROW_COUNT;
                IF taken = 0 THEN RETURN 0; END IF;
                ANALYZE refresh_target;

                DELETE FROM overtime.daily_overtime d USING refresh_target t
                WHERE d.employee_id = t.employee_id AND d.work_date >= t.first_day AND d.work_date < t.next_first;

                INSERT INTO overtime.daily_overtime (employee_id, work_date, department_code, is_working_day,
                    objective_start, objective_end, objective_overtime_minutes, self_report_start, self_report_end, self_report_overtime_minutes,
                    corrected_start, corrected_end, ordered_minutes, basis, start, "end", worked_minutes, overtime_minutes)
                WITH spans AS (
                    SELECT r.employee_id, r.work_date,
                        min(r.started_at) FILTER (WHERE r.source <> 'SelfReport') AS o_start,
                        max(r.ended_at) FILTER (WHERE r.source <> 'SelfReport') AS o_end,
                        min(r.started_at) FILTER (WHERE r.source = 'SelfReport') AS s_start,
                        max(r.ended_at) FILTER (WHERE r.source = 'SelfReport') AS s_end
                    FROM overtime.working_time_records r
                    JOIN refresh_target t ON r.employee_id = t.employee_id AND r.work_date >= t.first_day AND r.work_date < t.next_first
                    GROUP BY r.employee_id, r.work_date),
                corrected AS (
                    SELECT DISTINCT ON (c.employee_id, c.work_date) c.employee_id, c.work_date, c.started_at, c.ended_at
                    FROM overtime.working_time_corrections c
                    JOIN refresh_target t ON c.employee_id = t.employee_id AND c.work_date >= t.first_day AND c.work_date < t.next_first
                    ORDER BY c.employee_id, c.work_date, c.corrected_at DESC),
                ordered AS (
                    SELECT o.employee_id, o.work_date, sum(extract(epoch FROM o.planned_end - o.planned_start) / 60)::integer AS minutes
                    FROM overtime.overtime_orders o
                    JOIN refresh_target t ON o.employee_id = t.employee_id AND o.work_date >= t.first_day AND o.work_date < t.next_first
                    WHERE o.cancelled_at IS NULL
                    GROUP BY o.employee_id, o.work_date),
                days AS (
                    SELECT coalesce(s.employee_id, c.employee_id) AS employee_id, coalesce(s.work_date, c.work_date) AS work_date,
                        s.o_start, s.o_end, s.s_start, s.s_end, c.started_at AS c_start, c.ended_at AS c_end
                    FROM spans s FULL JOIN corrected c ON c.employee_id = s.employee_id AND c.work_date = s.work_date),
                shaped AS (
                    SELECT d.*, a.department_code,
                        extract(isodow FROM d.work_date) < 6
                            AND NOT EXISTS (SELECT 1 FROM overtime.holidays h WHERE h.date = d.work_date)
                            AND NOT EXISTS (SELECT 1 FROM overtime.national_holidays n WHERE n.date = d.work_date) AS working_day,
                        coalesce(w.start, time '08:30') AS day_start, coalesce(w."end", time '17:15') AS day_end,
                        coalesce(w.break_start, time '12:00') AS break_start, coalesce(w.break_end, time '13:00') AS break_end,
                        coalesce(o.minutes, 0) AS ordered_minutes,
                        CASE WHEN d.c_start IS NOT NULL THEN 'Corrected' WHEN d.o_start IS NOT NULL THEN 'Objective' ELSE 'SelfReport' END AS basis,
                        coalesce(d.c_start, d.o_start, d.s_start) AS e_start, coalesce(d.c_end, d.o_end, d.s_end) AS e_end
                    FROM days d
                    LEFT JOIN LATERAL (SELECT s.start, s."end", s.break_start, s.break_end FROM overtime.work_schedules s
                        WHERE s.employee_id = d.employee_id AND s.valid_from <= d.work_date ORDER BY s.valid_from DESC LIMIT 1) w ON true
                    LEFT JOIN LATERAL (SELECT x.department_code FROM overtime.directory_assignments x
                        WHERE x.employee_id = d.employee_id AND x.valid_from <= d.work_date AND (x.valid_to IS NULL OR x.valid_to >= d.work_date)
                        ORDER BY x.valid_from DESC, x.id DESC LIMIT 1) a ON true
                    LEFT JOIN ordered o ON o.employee_id = d.employee_id AND o.work_date = d.work_date)
                SELECT employee_id, work_date, department_code, working_day,
                    o_start, o_end, overtime.overtime_minutes(work_date, o_start, o_end, working_day, day_start, day_end, break_start, break_end),
                    s_start, s_end, overtime.overtime_minutes(work_date, s_start, s_end, working_day, day_start, day_end, break_start, break_end),
                    c_start, c_end, ordered_minutes, basis, e_start, e_end,
                    overtime.worked_minutes(work_date, e_start, e_end, break_start, break_end),
                    overtime.overtime_minutes(work_date, e_start, e_end, working_day, day_start, day_end, break_start, break_end)
                FROM shaped;

                INSERT INTO overtime.monthly_overtime (employee_id, year, month, overtime_minutes, worked_minutes, days_worked)
                SELECT t.employee_id, t.year, t.month, coalesce(sum(d.overtime_minutes), 0), coalesce(sum(d.worked_minutes), 0), count(d.work_date)
                FROM refresh_target t
                LEFT JOIN overtime.daily_overtime d ON d.employee_id = t.employee_id AND d.work_date >= t.first_day AND d.work_date < t.next_first
                GROUP BY t.employee_id, t.year, t.month
                ON CONFLICT (employee_id, year, month) DO UPDATE
                SET overtime_minutes = excluded.overtime_minutes, worked_minutes = excluded.worked_minutes, days_worked = excluded.days_worked;

                RETURN taken;
            END $$;
            """;

        private const string PreviousRefresh = """
            CREATE OR REPLACE FUNCTION overtime.refresh_totals(batch_size integer, skip_locked boolean) RETURNS integer LANGUAGE plpgsql AS $$
            DECLARE taken integer;
            BEGIN
                -- Every read of totals calls this; most find nothing marked and need no temp table.
                IF NOT EXISTS (SELECT 1 FROM overtime.pending_totals) THEN RETURN 0; END IF;
                CREATE TEMP TABLE IF NOT EXISTS refresh_target (employee_id varchar(32), year integer, month integer, first_day date, next_first date) ON COMMIT DROP;
                TRUNCATE refresh_target;
                IF skip_locked THEN
                    WITH claimed AS (
                        DELETE FROM overtime.pending_totals p
                        WHERE (p.employee_id, p.year, p.month) IN (
                            SELECT employee_id, year, month FROM overtime.pending_totals FOR UPDATE SKIP LOCKED LIMIT batch_size)
                        RETURNING p.employee_id, p.year, p.month)
                    INSERT INTO refresh_target
                    SELECT employee_id, year, month, make_date(year, month, 1), (make_date(year, month, 1) + interval '1 month')::date FROM claimed;
                ELSE
                    WITH claimed AS (
                        DELETE FROM overtime.pending_totals p
                        WHERE (p.employee_id, p.year, p.month) IN (
                            SELECT employee_id, year, month FROM overtime.pending_totals FOR UPDATE LIMIT batch_size)
                        RETURNING p.employee_id, p.year, p.month)
                    INSERT INTO refresh_target
                    SELECT employee_id, year, month, make_date(year, month, 1), (make_date(year, month, 1) + interval '1 month')::date FROM claimed;
                END IF;
                GET DIAGNOSTICS taken = ROW_COUNT;
                IF taken = 0 THEN RETURN 0; END IF;
                ANALYZE refresh_target;

                DELETE FROM overtime.daily_overtime d USING refresh_target t
                WHERE d.employee_id = t.employee_id AND d.work_date >= t.first_day AND d.work_date < t.next_first;

                INSERT INTO overtime.daily_overtime (employee_id, work_date, department_code, is_working_day,
                    objective_start, objective_end, objective_overtime_minutes, self_report_start, self_report_end, self_report_overtime_minutes,
                    corrected_start, corrected_end, ordered_minutes, basis, start, "end", worked_minutes, overtime_minutes)
                WITH spans AS (
                    SELECT r.employee_id, r.work_date,
                        min(r.started_at) FILTER (WHERE r.source <> 'SelfReport') AS o_start,
                        max(r.ended_at) FILTER (WHERE r.source <> 'SelfReport') AS o_end,
                        min(r.started_at) FILTER (WHERE r.source = 'SelfReport') AS s_start,
                        max(r.ended_at) FILTER (WHERE r.source = 'SelfReport') AS s_end
                    FROM overtime.working_time_records r
                    JOIN refresh_target t ON r.employee_id = t.employee_id AND r.work_date >= t.first_day AND r.work_date < t.next_first
                    GROUP BY r.employee_id, r.work_date),
                corrected AS (
                    SELECT DISTINCT ON (c.employee_id, c.work_date) c.employee_id, c.work_date, c.started_at, c.ended_at
                    FROM overtime.working_time_corrections c
                    JOIN refresh_target t ON c.employee_id = t.employee_id AND c.work_date >= t.first_day AND c.work_date < t.next_first
                    ORDER BY c.employee_id, c.work_date, c.corrected_at DESC),
                ordered AS (
                    SELECT o.employee_id, o.work_date, sum(extract(epoch FROM o.planned_end - o.planned_start) / 60)::integer AS minutes
                    FROM overtime.overtime_orders o
                    JOIN refresh_target t ON o.employee_id = t.employee_id AND o.work_date >= t.first_day AND o.work_date < t.next_first
                    WHERE o.cancelled_at IS NULL
                    GROUP BY o.employee_id, o.work_date),
                days AS (
                    SELECT coalesce(s.employee_id, c.employee_id) AS employee_id, coalesce(s.work_date, c.work_date) AS work_date,
                        s.o_start, s.o_end, s.s_start, s.s_end, c.started_at AS c_start, c.ended_at AS c_end
                    FROM spans s FULL JOIN corrected c ON c.employee_id = s.employee_id AND c.work_date = s.work_date),
                shaped AS (
                    SELECT d.*, a.department_code,
                        extract(isodow FROM d.work_date) < 6 AND NOT EXISTS (SELECT 1 FROM overtime.holidays h WHERE h.date = d.work_date) AS working_day,
                        coalesce(w.start, time '08:30') AS day_start, coalesce(w."end", time '17:15') AS day_end,
                        coalesce(w.break_start, time '12:00') AS break_start, coalesce(w.break_end, time '13:00') AS break_end,
                        coalesce(o.minutes, 0) AS ordered_minutes,
                        CASE WHEN d.c_start IS NOT NULL THEN 'Corrected' WHEN d.o_start IS NOT NULL THEN 'Objective' ELSE 'SelfReport' END AS basis,
                        coalesce(d.c_start, d.o_start, d.s_start) AS e_start, coalesce(d.c_end, d.o_end, d.s_end) AS e_end
                    FROM days d
                    LEFT JOIN LATERAL (SELECT s.start, s."end", s.break_start, s.break_end FROM overtime.work_schedules s
                        WHERE s.employee_id = d.employee_id AND s.valid_from <= d.work_date ORDER BY s.valid_from DESC LIMIT 1) w ON true
                    LEFT JOIN LATERAL (SELECT x.department_code FROM overtime.directory_assignments x
                        WHERE x.employee_id = d.employee_id AND x.valid_from <= d.work_date AND (x.valid_to IS NULL OR x.valid_to >= d.work_date)
                        ORDER BY x.valid_from DESC, x.id DESC LIMIT 1) a ON true
                    LEFT JOIN ordered o ON o.employee_id = d.employee_id AND o.work_date = d.work_date)
                SELECT employee_id, work_date, department_code, working_day,
                    o_start, o_end, overtime.overtime_minutes(work_date, o_start, o_end, working_day, day_start, day_end, break_start, break_end),
                    s_start, s_end, overtime.overtime_minutes(work_date, s_start, s_end, working_day, day_start, day_end, break_start, break_end),
                    c_start, c_end, ordered_minutes, basis, e_start, e_end,
                    overtime.worked_minutes(work_date, e_start, e_end, break_start, break_end),
                    overtime.overtime_minutes(work_date, e_start, e_end, working_day, day_start, day_end, break_start, break_end)
                FROM shaped;

                INSERT INTO overtime.monthly_overtime (employee_id, year, month, overtime_minutes, worked_minutes, days_worked)
                SELECT t.employee_id, t.year, t.month, coalesce(sum(d.overtime_minutes), 0), coalesce(sum(d.worked_minutes), 0), count(d.work_date)
                FROM refresh_target t
                LEFT JOIN overtime.daily_overtime d ON d.employee_id = t.employee_id AND d.work_date >= t.first_day AND d.work_date < t.next_first
                GROUP BY t.employee_id, t.year, t.month
                ON CONFLICT (employee_id, year, month) DO UPDATE
                SET overtime_minutes = excluded.overtime_minutes, worked_minutes = excluded.worked_minutes, days_worked = excluded.days_worked;

                RETURN taken;
            END $$;
            """;

        private const string Triggers = """
            CREATE TRIGGER national_holidays_pending_insert AFTER INSERT ON overtime.national_holidays
                REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION overtime.mark_pending_by_holiday();
            CREATE TRIGGER national_holidays_pending_update AFTER UPDATE ON overtime.national_holidays
                REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION overtime.mark_pending_by_holiday();
            CREATE TRIGGER national_holidays_pending_delete AFTER DELETE ON overtime.national_holidays
                REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION overtime.mark_pending_by_holiday();
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "national_holidays",
                schema: "overtime",
                columns: table => new
                {
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    english_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_national_holidays", x => x.date);
                });

            // Triggers first: days already totalled as working days that the law makes holidays are recomputed.
            migrationBuilder.Sql(Triggers);
            migrationBuilder.Sql(NationalHolidayRows.Replace());
            migrationBuilder.Sql(Refresh);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PreviousRefresh);

            // Deleting the rows before the triggers go marks their days, so they are totalled as working days again.
            migrationBuilder.Sql("""
                DELETE FROM overtime.national_holidays;
                DROP TRIGGER national_holidays_pending_insert ON overtime.national_holidays;
                DROP TRIGGER national_holidays_pending_update ON overtime.national_holidays;
                DROP TRIGGER national_holidays_pending_delete ON overtime.national_holidays;
                """);
            migrationBuilder.DropTable(
                name: "national_holidays",
                schema: "overtime");
        }
    }
}
