using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Welfare.Modules.Organisation.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// Names travel in the employee events from now on, but the modules' copies of the directory were filled before:
    /// one EmployeeChanged event per employee, carrying the current state and the name, lets every copy learn the names
    /// through the ordinary relay and inboxes (ordered after anything still pending for the employee), with no replay.
    /// </summary>
    public partial class PublishNamesToDirectory : Migration
    {
        /// <summary>The statement, public so that a test can run it against a copy filled before names travelled.</summary>
        public const string Sql = """
            INSERT INTO organisation.outbox_messages (id, type, payload, occurred_at, next_attempt_at, attempts, ordering_key)
            SELECT e.id, 'Welfare.Modules.Organisation.IntegrationEvents.EmployeeChangedIntegrationEvent, Welfare.Modules.Organisation.IntegrationEvents',
                jsonb_build_object(
                    'id', e.id, 'occurredAt', now(), 'employeeId', e.employee_id, 'changedFields', jsonb_build_array('nameKanji', 'nameKana'),
                    'sex', e.sex, 'gradeCode', e.grade_code, 'gradeRank', coalesce(g.rank, 0), 'employmentType', e.employment_type,
                    'appointingAuthority', e.appointing_authority, 'status', e.status, 'effectiveDate', to_char(now(), 'YYYY-MM-DD'),
                    'nameKanji', e.name_kanji, 'nameKana', e.name_kana),
                now(), now(), 0, 'employee:' || e.employee_id
            FROM (SELECT gen_random_uuid() AS id, * FROM organisation.employees) e
            LEFT JOIN organisation.grades g ON g.code = e.grade_code
            ORDER BY e.employee_id;
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Sql);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Published events stay published: the copies keep the names they learnt.
        }
    }
}
