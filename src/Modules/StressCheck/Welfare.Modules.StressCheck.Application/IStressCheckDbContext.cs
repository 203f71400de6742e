using Microsoft.EntityFrameworkCore;
using Welfare.Modules.StressCheck.Domain.Campaigns;
using Welfare.Modules.StressCheck.Domain.Directory;
using Welfare.Modules.StressCheck.Domain.GroupAnalyses;
using Welfare.Modules.StressCheck.Domain.Interviews;
using Welfare.Modules.StressCheck.Domain.Results;

namespace Welfare.Modules.StressCheck.Application;

/// <summary>The module's tables as the use cases see them; the unit of work saves.</summary>
internal interface IStressCheckDbContext
{
    DbSet<Campaign> Campaigns { get; }

    DbSet<Submission> Submissions { get; }

    DbSet<ResultConsent> Consents { get; }

    DbSet<DirectoryEmployee> DirectoryEmployees { get; }

    DbSet<DirectoryDepartmentHead> DepartmentHeads { get; }

    DbSet<GroupAnalysisRelease> GroupAnalysisReleases { get; }

    DbSet<Interview> Interviews { get; }
}
