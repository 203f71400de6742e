using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Welfare.Modules.Overtime.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class WorkingTime : Migration
    {
        /// <summary>
        /// Daily and monthly totals are derived set-based in PostgreSQL: a write to records, corrections,
        /// orders, schedules, holidays or assignments marks the employee-months it touches (statement
        /// triggers with transition tables, cheap for bulk imports), and refresh_totals recomputes the
        /// marked months. One definition of daily overtime, used by every path.
        /// </summary>
        private static readonly string TotalsSql = """
            CREATE TABLE overtime.pending_totals (
                employee_id varchar(32) NOT NULL,
                year integer NOT NULL,
                month integer NOT NULL,
                PRIMARY KEY (employee_id, year, month));

            -- Minutes of a span, less its overlap with the break (Japan time).
            CREATE FUNCTION overtime.worked_minutes(work_date date, started timestamptz, ended timestamptz, break_start time, break_end time)
            RETURNS integer LANGUAGE sql STABLE AS $$
                SELECT CASE WHEN started IS NULL OR ended IS NULL THEN NULL ELSE
                    floor((extract(epoch FROM ended - started)
                        - greatest(0, extract(epoch FROM least(ended AT TIME ZONE 'Asia/Tokyo', work_date + break_end)
                                                       - greatest(started AT TIME ZONE 'Asia/Tokyo', work_date + break_start)))) / 60)::integer END
            $$;

            -- Overtime of a span: on a working day the minutes outside the scheduled day, on a day off all of it.
            CREATE FUNCTION overtime.overtime_minutes(work_date date, started timestamptz, ended timestamptz, working_day boolean,
                day_start time, day_end time, break_start time, break_end time)
            RETURNS integer LANGUAGE sql STABLE AS $$
                SELECT CASE
                    WHEN started IS NULL OR ended IS NULL THEN NULL
                    WHEN NOT working_day THEN overtime.worked_minutes(work_date, started, ended, break_start, break_end)
                    ELSE floor((greatest(0, extract(epoch FROM least(ended AT TIME ZONE 'Asia/Tokyo', work_date + day_start) - (started AT TIME ZONE 'Asia/Tokyo')))
                              + greatest(0, extract(epoch FROM (ended AT TIME ZONE 'Asia/Tokyo') - greatest(started AT TIME ZONE 'Asia/Tokyo', work_date + day_end)))) / 60)::integer
                END
            $$;

            CREATE FUNCTION overtime.mark_pending_by_work_date() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO overtime.pending_totals (employee_id, year, month)
                SELECT DISTINCT employee_id, extract(year FROM work_date)::integer, extract(month FROM work_date)::integer FROM changed_rows
                ON CONFLICT DO NOTHING;
                RETURN NULL;
            END $$;

            CREATE FUNCTION overtime.mark_pending_from_valid_from() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO overtime.pending_totals (employee_id, year, month)
                SELECT DISTINCT m.employee_id, m.year, m.month
                FROM changed_rows c JOIN overtime.monthly_overtime m ON m.employee_id = c.employee_id
                WHERE make_date(m.year, m.month, 1) >= date_trunc('month', c.valid_from)::date
                ON CONFLICT DO NOTHING;
                RETURN NULL;
            END $$;

            CREATE FUNCTION overtime.mark_pending_by_holiday() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO overtime.pending_totals (employee_id, year, month)
                SELECT DISTINCT d.employee_id, extract(year FROM d.work_date)::integer, extract(month FROM d.work_date)::integer
                FROM changed_rows c JOIN overtime.daily_overtime d ON d.work_date = c.date
                ON CONFLICT DO NOTHING;
                RETURN NULL;
            END $$;
            """
            + Triggers("working_time_records", "mark_pending_by_work_date")
            + Triggers("working_time_corrections", "mark_pending_by_work_date")
            + Triggers("overtime_orders", "mark_pending_by_work_date")
            + Triggers("work_schedules", "mark_pending_from_valid_from")
            + Triggers("directory_assignments", "mark_pending_from_valid_from")
            + Triggers("holidays", "mark_pending_by_holiday")
            + """

            -- Recomputes up to batch_size marked employee-months; returns how many it took. Concurrent
            -- callers take different months (SKIP LOCKED); a write during a refresh marks its month again.
            -- A reader that needs current totals waits for a concurrent refresh (skip_locked false) instead of
            -- skipping its months.
            CREATE FUNCTION overtime.refresh_totals(batch_size integer, skip_locked boolean) RETURNS integer LANGUAGE plpgsql AS $$
            DECLARE taken integer;
            BEGIN
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

        private const string DropTotalsSql = """
            DROP FUNCTION overtime.refresh_totals(integer, boolean);
            DROP TRIGGER IF EXISTS working_time_records_pending_insert ON overtime.working_time_records;
            DROP TRIGGER IF EXISTS working_time_records_pending_update ON overtime.working_time_records;
            DROP TRIGGER IF EXISTS working_time_records_pending_delete ON overtime.working_time_records;
            DROP TRIGGER IF EXISTS working_time_corrections_pending_insert ON overtime.working_time_corrections;
            DROP TRIGGER IF EXISTS working_time_corrections_pending_update ON overtime.working_time_corrections;
            DROP TRIGGER IF EXISTS working_time_corrections_pending_delete ON overtime.working_time_corrections;
            DROP TRIGGER IF EXISTS overtime_orders_pending_insert ON overtime.overtime_orders;
            DROP TRIGGER IF EXISTS overtime_orders_pending_update ON overtime.overtime_orders;
            DROP TRIGGER IF EXISTS overtime_orders_pending_delete ON overtime.overtime_orders;
            DROP TRIGGER IF EXISTS work_schedules_pending_insert ON overtime.work_schedules;
            DROP TRIGGER IF EXISTS work_schedules_pending_update ON overtime.work_schedules;
            DROP TRIGGER IF EXISTS work_schedules_pending_delete ON overtime.work_schedules;
            DROP TRIGGER IF EXISTS directory_assignments_pending_insert ON overtime.directory_assignments;
            DROP TRIGGER IF EXISTS directory_assignments_pending_update ON overtime.directory_assignments;
            DROP TRIGGER IF EXISTS directory_assignments_pending_delete ON overtime.directory_assignments;
            DROP TRIGGER IF EXISTS holidays_pending_insert ON overtime.holidays;
            DROP TRIGGER IF EXISTS holidays_pending_update ON overtime.holidays;
            DROP TRIGGER IF EXISTS holidays_pending_delete ON overtime.holidays;
            DROP FUNCTION overtime.mark_pending_by_holiday();
            DROP FUNCTION overtime.mark_pending_from_valid_from();
            DROP FUNCTION overtime.mark_pending_by_work_date();
            DROP FUNCTION overtime.overtime_minutes(date, timestamptz, timestamptz, boolean, time, time, time, time);
            DROP FUNCTION overtime.worked_minutes(date, timestamptz, timestamptz, time, time);
            DROP TABLE overtime.pending_totals;
            """;

        private static string Triggers(string table, string function) => $"""

            CREATE TRIGGER {table}_pending_insert AFTER INSERT ON overtime.{table}
                REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION overtime.{function}();
            CREATE TRIGGER {table}_pending_update AFTER UPDATE ON overtime.{table}
                REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION overtime.{function}();
            CREATE TRIGGER {table}_pending_delete AFTER DELETE ON overtime.{table}
                REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION overtime.{function}();
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "closed_evaluations",
                schema: "overtime",
                columns: table => new
                {
                    employee_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    month = table.Column<int>(type: "integer", nullable: false),
                    department_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    overtime_hours = table.Column<double>(type: "double precision", nullable: false),
                    any_exceeded = table.Column<bool>(type: "boolean", nullable: false),
                    highest_warning = table.Column<int>(type: "integer", nullable: true),
                    evaluation = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_closed_evaluations", x => new { x.employee_id, x.year, x.month });
                });

            migrationBuilder.CreateTable(
                name: "daily_overtime",
                schema: "overtime",
                columns: table => new
                {
                    employee_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    work_date = table.Column<DateOnly>(type: "date", nullable: false),
                    department_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    is_working_day = table.Column<bool>(type: "boolean", nullable: false),
                    objective_start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    objective_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    objective_overtime_minutes = table.Column<int>(type: "integer", nullable: true),
                    self_report_start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    self_report_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    self_report_overtime_minutes = table.Column<int>(type: "integer", nullable: true),
                    corrected_start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    corrected_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ordered_minutes = table.Column<int>(type: "integer", nullable: false),
                    basis = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    worked_minutes = table.Column<int>(type: "integer", nullable: false),
                    overtime_minutes = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_daily_overtime", x => new { x.employee_id, x.work_date });
                });

            migrationBuilder.CreateTable(
                name: "excess_analyses",
                schema: "overtime",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    department_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    fiscal_year = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    month = table.Column<int>(type: "integer", nullable: false),
                    limit = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    limit_hours = table.Column<double>(type: "double precision", nullable: false),
                    hours = table.Column<double>(type: "double precision", nullable: false),
                    order_id = table.Column<Guid>(type: "uuid", nullable: true),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    work_summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    why_unavoidable = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    analysis = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    analysed_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    analysed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    countermeasures = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    countermeasures_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    countermeasures_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_excess_analyses", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "holidays",
                schema: "overtime",
                columns: table => new
                {
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_holidays", x => x.date);
                });

            migrationBuilder.CreateTable(
                name: "month_closes",
                schema: "overtime",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    month = table.Column<int>(type: "integer", nullable: false),
                    rule_set_id = table.Column<Guid>(type: "uuid", nullable: true),
                    closed_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    employees = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_month_closes", x => new { x.year, x.month });
                });

            migrationBuilder.CreateTable(
                name: "monthly_overtime",
                schema: "overtime",
                columns: table => new
                {
                    employee_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    month = table.Column<int>(type: "integer", nullable: false),
                    overtime_minutes = table.Column<int>(type: "integer", nullable: false),
                    worked_minutes = table.Column<int>(type: "integer", nullable: false),
                    days_worked = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monthly_overtime", x => new { x.employee_id, x.year, x.month });
                });

            migrationBuilder.CreateTable(
                name: "overtime_orders",
                schema: "overtime",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    department_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    work_date = table.Column<DateOnly>(type: "date", nullable: false),
                    planned_start = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    planned_end = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    special_business = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ordered_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ordered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancelled_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_overtime_orders", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "personal_caps",
                schema: "overtime",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    monthly_hours = table.Column<double>(type: "double precision", nullable: false),
                    source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    source_reference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    set_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_personal_caps", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "record_imports",
                schema: "overtime",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    imported_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    imported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    format = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    rows = table.Column<long>(type: "bigint", nullable: false),
                    accepted = table.Column<long>(type: "bigint", nullable: false),
                    duplicates = table.Column<long>(type: "bigint", nullable: false),
                    rejected = table.Column<long>(type: "bigint", nullable: false),
                    duplicate_lines = table.Column<List<int>>(type: "integer[]", nullable: false),
                    rejections = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_record_imports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rest_interval_exemptions",
                schema: "overtime",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    work_date = table.Column<DateOnly>(type: "date", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    approved_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rest_interval_exemptions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "working_time_corrections",
                schema: "overtime",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    work_date = table.Column<DateOnly>(type: "date", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    corrected_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    corrected_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_working_time_corrections", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "working_time_records",
                schema: "overtime",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    employee_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    external_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    work_date = table.Column<DateOnly>(type: "date", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_working_time_records", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_closed_evaluations_year_month_department_code",
                schema: "overtime",
                table: "closed_evaluations",
                columns: new[] { "year", "month", "department_code" });

            migrationBuilder.CreateIndex(
                name: "IX_daily_overtime_department_code_work_date",
                schema: "overtime",
                table: "daily_overtime",
                columns: new[] { "department_code", "work_date" });

            migrationBuilder.CreateIndex(
                name: "IX_excess_analyses_department_code_status",
                schema: "overtime",
                table: "excess_analyses",
                columns: new[] { "department_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_excess_analyses_employee_id_year_month_limit",
                schema: "overtime",
                table: "excess_analyses",
                columns: new[] { "employee_id", "year", "month", "limit" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monthly_overtime_year_month",
                schema: "overtime",
                table: "monthly_overtime",
                columns: new[] { "year", "month" });

            migrationBuilder.CreateIndex(
                name: "IX_overtime_orders_department_code_work_date",
                schema: "overtime",
                table: "overtime_orders",
                columns: new[] { "department_code", "work_date" });

            migrationBuilder.CreateIndex(
                name: "IX_overtime_orders_employee_id_work_date",
                schema: "overtime",
                table: "overtime_orders",
                columns: new[] { "employee_id", "work_date" });

            migrationBuilder.CreateIndex(
                name: "IX_personal_caps_employee_id",
                schema: "overtime",
                table: "personal_caps",
                column: "employee_id");

            migrationBuilder.CreateIndex(
                name: "IX_personal_caps_source_source_reference",
                schema: "overtime",
                table: "personal_caps",
                columns: new[] { "source", "source_reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_record_imports_imported_at",
                schema: "overtime",
                table: "record_imports",
                column: "imported_at");

            migrationBuilder.CreateIndex(
                name: "IX_rest_interval_exemptions_employee_id_work_date",
                schema: "overtime",
                table: "rest_interval_exemptions",
                columns: new[] { "employee_id", "work_date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_working_time_corrections_employee_id_work_date_corrected_at",
                schema: "overtime",
                table: "working_time_corrections",
                columns: new[] { "employee_id", "work_date", "corrected_at" });

            migrationBuilder.CreateIndex(
                name: "IX_working_time_records_employee_id_work_date",
                schema: "overtime",
                table: "working_time_records",
                columns: new[] { "employee_id", "work_date" });

            migrationBuilder.CreateIndex(
                name: "IX_working_time_records_source_external_id",
                schema: "overtime",
                table: "working_time_records",
                columns: new[] { "source", "external_id" },
                unique: true,
                filter: "external_id IS NOT NULL");

            migrationBuilder.Sql(TotalsSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(DropTotalsSql);

            migrationBuilder.DropTable(
                name: "closed_evaluations",
                schema: "overtime");

            migrationBuilder.DropTable(
                name: "daily_overtime",
                schema: "overtime");

            migrationBuilder.DropTable(
                name: "excess_analyses",
                schema: "overtime");

            migrationBuilder.DropTable(
                name: "holidays",
                schema: "overtime");

            migrationBuilder.DropTable(
                name: "month_closes",
                schema: "overtime");

            migrationBuilder.DropTable(
                name: "monthly_overtime",
                schema: "overtime");

            migrationBuilder.DropTable(
                name: "overtime_orders",
                schema: "overtime");

            migrationBuilder.DropTable(
                name: "personal_caps",
                schema: "overtime");

            migrationBuilder.DropTable(
                name: "record_imports",
                schema: "overtime");

            migrationBuilder.DropTable(
                name: "rest_interval_exemptions",
                schema: "overtime");

            migrationBuilder.DropTable(
                name: "working_time_corrections",
                schema: "overtime");

            migrationBuilder.DropTable(
                name: "working_time_records",
                schema: "overtime");
        }
    }
}
