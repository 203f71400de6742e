using Welfare.IntegrationTests.Harness;
using Welfare.SharedKernel.Application.IntegrationEvents;
using Welfare.SharedKernel.Application.Security;
using Welfare.SharedKernel.Infrastructure.IntegrationEvents;

namespace Welfare.IntegrationTests.Overtime;

/// <summary>Seeding for the health-measure tests: the directory, working time as SQL rows, other modules' events in their outboxes.</summary>
public abstract class OvertimeHealthTest : ApiTest
{
    protected static HttpClient PersonnelSystem() => InRole(Roles.PersonnelSystem, "personnel-system", "D900");

    protected static HttpClient WelfareOfficer(string language = "ja") => InRole(Roles.WelfareOfficer, "E9001", "D900", language);

    /// <summary>Departments D100, D200, D900 and the employees (in the directory from <paramref name="asOf"/>), delivered to this module.</summary>
    protected static async Task SeedDirectoryAsync(string asOf, params SeedEmployee[] employees)
    {
        await OrganisationSeed.DepartmentsAndGradesAsync(PersonnelSystem());
        await OrganisationSeed.EmployeesAsync(PersonnelSystem(), asOf, employees);
        await DeliverEventsAsync();
    }

    /// <summary>Heads' powers come from the directory: adds each head to it and appoints them.</summary>
    protected static async Task AppointHeadsAsync(string asOf, params (string Department, string Head)[] heads)
    {
        await OrganisationSeed.AppointHeadsAsync(PersonnelSystem(), InRole(Roles.PersonnelOfficer), asOf, heads);
        await DeliverEventsAsync();
    }

    /// <summary>
    /// Records <paramref name="minutes"/> of work in the month as spans starting 13:00 (Japan time, after
    /// the break) of at most 20 hours, weekend days first: on a day off all of it is overtime.
    /// </summary>
    protected static async Task WorkAsync(string employeeId, int year, int month, int minutes)
    {
        var days = Enumerable.Range(1, DateTime.DaysInMonth(year, month)).Select(d => new DateOnly(year, month, d))
            .OrderBy(d => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0 : 1).ThenBy(d => d).ToList();
        var values = new List<string>();
        foreach (var day in days)
        {
            if (minutes <= 0)
            {
                break;
            }

            var span = Math.Min(minutes, 20 * 60);
            minutes -= span;
            var start = $"{day:yyyy-MM-dd} 13:00+09";
            values.Add($"('{employeeId}', 'TimeCard', '{employeeId}-{day:yyyyMMdd}', '{day:yyyy-MM-dd}', '{start}', timestamptz '{start}' + interval '{span} minutes', 'attendance-system', now())");
        }

        Assert.That(minutes, Is.Zero, "the month has too few days for these minutes");
        await ExecuteAsync($"""
            INSERT INTO overtime.working_time_records (employee_id, source, external_id, work_date, started_at, ended_at, recorded_by, recorded_at)
            VALUES {string.Join(",\n", values)}
            """);
    }

    /// <summary>Puts an event into another module's outbox as its producer's unit of work would; DeliverEventsAsync relays it.</summary>
    protected static Task PublishAsync(string schema, IIntegrationEvent integrationEvent) =>
        ExecuteAsync($"""
            INSERT INTO {schema}.outbox_messages (id, type, payload, occurred_at, next_attempt_at, attempts)
            VALUES ('{integrationEvent.Id}', '{IntegrationEventSerializer.TypeName(integrationEvent.GetType())}',
                    '{IntegrationEventSerializer.Serialize(integrationEvent).Replace("'", "''", StringComparison.Ordinal)}'::jsonb, timestamptz '2000-01-01 00:00+00', timestamptz '2000-01-01 00:00+00', 0)
            """);
}
