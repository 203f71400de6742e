using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Harassment.Application.Counselors;
using Welfare.Modules.Harassment.Domain;
using Welfare.Modules.Harassment.Domain.Complaints;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Directory;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Harassment.Application;

/// <summary>Designated counsellors as of today (module data, roles.md: designations).</summary>
internal sealed class CounselorRegistry(IHarassmentDbContext db, ICurrentUser user, TimeProvider clock)
{
    public async Task<IReadOnlyList<CounselorCandidate>> ActiveAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        return await db.Counselors.AsNoTracking()
            .Where(c => c.DesignatedOn <= today && (c.ReleasedOn == null || c.ReleasedOn > today))
            .Select(c => new CounselorCandidate(c.EmployeeId, c.Sex))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The counsellors the desk publishes, by staff number. 第7条 makes the system known to employees: names and
    /// departments go to callers the directory knows as employees in service, and to welfare officers, who keep the
    /// desk. Anyone else (a subject the directory does not know, someone who has left) sees staff numbers and sex only,
    /// and a search finds staff numbers only, so that it cannot probe names either.
    /// </summary>
    public async Task<IReadOnlyList<ConsultableCounselorDto>> DeskAsync(string? search, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var named = user.IsInRole(Roles.WelfareOfficer)
            || await db.DirectoryEmployees.AnyAsync(e => e.EmployeeId == user.Id && e.Status != DirectoryStatus.Left, cancellationToken);
        var active = db.Counselors.AsNoTracking().Where(c => c.DesignatedOn <= today && (c.ReleasedOn == null || c.ReleasedOn > today));
        if (!string.IsNullOrWhiteSpace(search))
        {
            if (named)
            {
                var found = db.Matching(search);
                active = active.Where(c => found.Contains(c.EmployeeId));
            }
            else
            {
                var staffNumber = search.Trim();
                active = active.Where(c => c.EmployeeId == staffNumber);
            }
        }

        var counselors = await active.OrderBy(c => c.EmployeeId).Select(c => new { c.EmployeeId, c.Sex }).ToListAsync(cancellationToken);
        var people = named
            ? await db.PeopleAsync(counselors.Select(c => c.EmployeeId), today, cancellationToken)
            : new Dictionary<string, DirectoryPerson>();
        return [.. counselors.Select(c => new ConsultableCounselorDto(c.EmployeeId, people.GetValueOrDefault(c.EmployeeId), c.Sex))];
    }

    public async Task<bool> CallerIsCounselorAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        return await db.Counselors.AnyAsync(c => c.EmployeeId == user.Id && c.DesignatedOn <= today && (c.ReleasedOn == null || c.ReleasedOn > today), cancellationToken);
    }

    /// <summary>Only designated counsellors receive complaints: everyone else is refused the function (403).</summary>
    public async Task EnsureCallerIsCounselorAsync(CancellationToken cancellationToken)
    {
        if (!await CallerIsCounselorAsync(cancellationToken))
        {
            throw new ForbiddenException(new LocalizedText("ハラスメント相談員として指定された職員だけが行えます。", "Only designated harassment counsellors may do this."));
        }
    }
}

internal static class HarassmentSettingsReader
{
    public static async Task<HarassmentSettings> LoadAsync(IHarassmentDbContext db, CancellationToken cancellationToken) =>
        await db.Settings.SingleOrDefaultAsync(s => s.Id == HarassmentSettings.SingletonId, cancellationToken) ?? new HarassmentSettings();
}
