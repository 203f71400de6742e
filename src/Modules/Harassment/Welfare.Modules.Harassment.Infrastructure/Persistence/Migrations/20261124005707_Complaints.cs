using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Welfare.Modules.Harassment.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Complaints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "complaints",
                schema: "harassment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    received_on = table.Column<DateOnly>(type: "date", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    received_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    complainant_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    person_harassed_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    respondent_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    respondent_authority = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    requested_counselor_sex = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    requested_sex_unavailable = table.Column<bool>(type: "boolean", nullable: false),
                    single_counselor_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    retaliation_of = table.Column<Guid>(type: "uuid", nullable: true),
                    handling = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    handling_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    referred_to_personnel = table.Column<bool>(type: "boolean", nullable: false),
                    outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    outcome_note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_complaints", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "consultation_desk_entries",
                schema: "harassment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    hours = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    contact = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_consultation_desk_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "counselors",
                schema: "harassment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    sex = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    designated_on = table.Column<DateOnly>(type: "date", nullable: false),
                    designated_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    designated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    released_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_counselors", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "directory_employees",
                schema: "harassment",
                columns: table => new
                {
                    employee_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    department_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    appointing_authority = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    grade_rank = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    joined_on = table.Column<DateOnly>(type: "date", nullable: false),
                    promoted_to_supervisor_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_employees", x => x.employee_id);
                });

            migrationBuilder.CreateTable(
                name: "settings",
                schema: "harassment",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    follow_up_days = table.Column<List<int>>(type: "integer[]", nullable: false),
                    minimum_cell_size = table.Column<int>(type: "integer", nullable: false),
                    supervisor_grade_rank = table.Column<int>(type: "integer", nullable: false),
                    new_period_months = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_settings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "training_sessions",
                schema: "harassment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    audience = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    kinds = table.Column<string[]>(type: "text[]", nullable: false),
                    topics = table.Column<List<string>>(type: "text[]", nullable: false),
                    covers_sexual_orientation_and_gender_identity = table.Column<bool>(type: "boolean", nullable: false),
                    created_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_sessions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "authority_requests",
                schema: "harassment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    appointing_authority = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    requested_on = table.Column<DateOnly>(type: "date", nullable: false),
                    note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    requested_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    answered_on = table.Column<DateOnly>(type: "date", nullable: true),
                    answer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    complaint_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_authority_requests", x => x.id);
                    table.ForeignKey(
                        name: "FK_authority_requests_complaints_complaint_id",
                        column: x => x.complaint_id,
                        principalSchema: "harassment",
                        principalTable: "complaints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "complainant_notices",
                schema: "harassment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    step = table.Column<int>(type: "integer", nullable: false),
                    told_on = table.Column<DateOnly>(type: "date", nullable: false),
                    note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    complaint_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_complainant_notices", x => x.id);
                    table.ForeignKey(
                        name: "FK_complainant_notices_complaints_complaint_id",
                        column: x => x.complaint_id,
                        principalSchema: "harassment",
                        principalTable: "complaints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "complaint_actions",
                schema: "harassment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    step = table.Column<int>(type: "integer", nullable: false),
                    type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    taken_on = table.Column<DateOnly>(type: "date", nullable: false),
                    note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    complainant_consented = table.Column<bool>(type: "boolean", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    complaint_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_complaint_actions", x => x.id);
                    table.ForeignKey(
                        name: "FK_complaint_actions_complaints_complaint_id",
                        column: x => x.complaint_id,
                        principalSchema: "harassment",
                        principalTable: "complaints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "complaint_counselors",
                schema: "harassment",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    counselor_employee_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    assigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    assigned_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    complaint_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_complaint_counselors", x => x.id);
                    table.ForeignKey(
                        name: "FK_complaint_counselors_complaints_complaint_id",
                        column: x => x.complaint_id,
                        principalSchema: "harassment",
                        principalTable: "complaints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "complaint_kinds",
                schema: "harassment",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    sub_kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    complaint_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_complaint_kinds", x => x.id);
                    table.ForeignKey(
                        name: "FK_complaint_kinds_complaints_complaint_id",
                        column: x => x.complaint_id,
                        principalSchema: "harassment",
                        principalTable: "complaints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "emergency_notices",
                schema: "harassment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    complainant_objected = table.Column<bool>(type: "boolean", nullable: false),
                    notified_on = table.Column<DateOnly>(type: "date", nullable: false),
                    note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    complaint_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_emergency_notices", x => x.id);
                    table.ForeignKey(
                        name: "FK_emergency_notices_complaints_complaint_id",
                        column: x => x.complaint_id,
                        principalSchema: "harassment",
                        principalTable: "complaints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "follow_up_checks",
                schema: "harassment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    employee_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    checked_on = table.Column<DateOnly>(type: "date", nullable: true),
                    adverse_treatment_found = table.Column<bool>(type: "boolean", nullable: true),
                    note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    checked_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    complaint_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_follow_up_checks", x => x.id);
                    table.ForeignKey(
                        name: "FK_follow_up_checks_complaints_complaint_id",
                        column: x => x.complaint_id,
                        principalSchema: "harassment",
                        principalTable: "complaints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "hearing_records",
                schema: "harassment",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    hearing_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    subject_employee_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    account = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    explanation_offered = table.Column<bool>(type: "boolean", nullable: false),
                    explanation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    disputes_facts = table.Column<bool>(type: "boolean", nullable: false),
                    correction_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    confirmed_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    confirmation_method = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    complaint_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hearing_records", x => x.id);
                    table.ForeignKey(
                        name: "FK_hearing_records_complaints_complaint_id",
                        column: x => x.complaint_id,
                        principalSchema: "harassment",
                        principalTable: "complaints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "intake_records",
                schema: "harassment",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    version = table.Column<int>(type: "integer", nullable: false),
                    wants_future_conduct_stopped = table.Column<bool>(type: "boolean", nullable: false),
                    wants_remedy_for_past_conduct = table.Column<bool>(type: "boolean", nullable: false),
                    wish_note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    urgency = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    complainant_state = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    relationship = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    when_occurred = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    where_occurred = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    how_occurred = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    complainant_response = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    supervisor_consulted = table.Column<bool>(type: "boolean", nullable: false),
                    supervisor_consultation_note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    known_only_to_parties = table.Column<bool>(type: "boolean", nullable: false),
                    witnesses = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    correction_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    confirmed_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    confirmation_method = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    complaint_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_intake_records", x => x.id);
                    table.ForeignKey(
                        name: "FK_intake_records_complaints_complaint_id",
                        column: x => x.complaint_id,
                        principalSchema: "harassment",
                        principalTable: "complaints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "training_attendance",
                schema: "harassment",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    employee_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_attendance", x => x.id);
                    table.ForeignKey(
                        name: "FK_training_attendance_training_sessions_session_id",
                        column: x => x.session_id,
                        principalSchema: "harassment",
                        principalTable: "training_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_authority_requests_complaint_id",
                schema: "harassment",
                table: "authority_requests",
                column: "complaint_id");

            migrationBuilder.CreateIndex(
                name: "IX_complainant_notices_complaint_id",
                schema: "harassment",
                table: "complainant_notices",
                column: "complaint_id");

            migrationBuilder.CreateIndex(
                name: "IX_complaint_actions_complaint_id",
                schema: "harassment",
                table: "complaint_actions",
                column: "complaint_id");

            migrationBuilder.CreateIndex(
                name: "IX_complaint_counselors_complaint_id",
                schema: "harassment",
                table: "complaint_counselors",
                column: "complaint_id");

            migrationBuilder.CreateIndex(
                name: "IX_complaint_counselors_counselor_employee_id",
                schema: "harassment",
                table: "complaint_counselors",
                column: "counselor_employee_id");

            migrationBuilder.CreateIndex(
                name: "IX_complaint_kinds_complaint_id",
                schema: "harassment",
                table: "complaint_kinds",
                column: "complaint_id");

            migrationBuilder.CreateIndex(
                name: "IX_complaints_complainant_id",
                schema: "harassment",
                table: "complaints",
                column: "complainant_id");

            migrationBuilder.CreateIndex(
                name: "IX_complaints_received_on",
                schema: "harassment",
                table: "complaints",
                column: "received_on");

            migrationBuilder.CreateIndex(
                name: "IX_counselors_employee_id",
                schema: "harassment",
                table: "counselors",
                column: "employee_id");

            migrationBuilder.CreateIndex(
                name: "IX_emergency_notices_complaint_id",
                schema: "harassment",
                table: "emergency_notices",
                column: "complaint_id");

            migrationBuilder.CreateIndex(
                name: "IX_follow_up_checks_complaint_id",
                schema: "harassment",
                table: "follow_up_checks",
                column: "complaint_id");

            migrationBuilder.CreateIndex(
                name: "IX_follow_up_checks_due_on",
                schema: "harassment",
                table: "follow_up_checks",
                column: "due_on");

            migrationBuilder.CreateIndex(
                name: "IX_hearing_records_complaint_id",
                schema: "harassment",
                table: "hearing_records",
                column: "complaint_id");

            migrationBuilder.CreateIndex(
                name: "IX_hearing_records_hearing_id_version",
                schema: "harassment",
                table: "hearing_records",
                columns: new[] { "hearing_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_intake_records_complaint_id_version",
                schema: "harassment",
                table: "intake_records",
                columns: new[] { "complaint_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_attendance_session_id_employee_id",
                schema: "harassment",
                table: "training_attendance",
                columns: new[] { "session_id", "employee_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_sessions_held_on",
                schema: "harassment",
                table: "training_sessions",
                column: "held_on");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "authority_requests",
                schema: "harassment");

            migrationBuilder.DropTable(
                name: "complainant_notices",
                schema: "harassment");

            migrationBuilder.DropTable(
                name: "complaint_actions",
                schema: "harassment");

            migrationBuilder.DropTable(
                name: "complaint_counselors",
                schema: "harassment");

            migrationBuilder.DropTable(
                name: "complaint_kinds",
                schema: "harassment");

            migrationBuilder.DropTable(
                name: "consultation_desk_entries",
                schema: "harassment");

            migrationBuilder.DropTable(
                name: "counselors",
                schema: "harassment");

            migrationBuilder.DropTable(
                name: "directory_employees",
                schema: "harassment");

            migrationBuilder.DropTable(
                name: "emergency_notices",
                schema: "harassment");

            migrationBuilder.DropTable(
                name: "follow_up_checks",
                schema: "harassment");

            migrationBuilder.DropTable(
                name: "hearing_records",
                schema: "harassment");

            migrationBuilder.DropTable(
                name: "intake_records",
                schema: "harassment");

            migrationBuilder.DropTable(
                name: "settings",
                schema: "harassment");

            migrationBuilder.DropTable(
                name: "training_attendance",
                schema: "harassment");

            migrationBuilder.DropTable(
                name: "complaints",
                schema: "harassment");

            migrationBuilder.DropTable(
                name: "training_sessions",
                schema: "harassment");
        }
    }
}
