using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Harassment.Domain;
using Welfare.Modules.Harassment.Domain.Complaints;
using Welfare.SharedKernel;
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
