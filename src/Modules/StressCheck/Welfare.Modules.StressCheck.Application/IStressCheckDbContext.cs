using Microsoft.EntityFrameworkCore;
using Welfare.Modules.StressCheck.Domain.Campaigns;
using Welfare.SharedKernel.Application.Directory;
using Welfare.Modules.StressCheck.Domain.GroupAnalyses;
using Welfare.Modules.StressCheck.Domain.Interviews;
using Welfare.Modules.StressCheck.Domain.Results;

namespace Welfare.Modules.StressCheck.Application;

/// <summary>The module's tables as the use cases see them; the unit of work saves.</summary>
internal interface IStressCheckDbContext : IDirectoryReadModel
{
    DbSet<Campaign> Campaigns { get; }

    DbSet<Submission> Submissions { get; }

    DbSet<ResultConsent> Consents { get; }

    DbSet<GroupAnalysisRelease> GroupAnalysisReleases { get; }

    DbSet<Interview> Interviews { get; }
}
