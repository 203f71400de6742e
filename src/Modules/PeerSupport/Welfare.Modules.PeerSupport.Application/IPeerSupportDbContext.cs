using Microsoft.EntityFrameworkCore;
using Welfare.Modules.PeerSupport.Domain.Consultations;
using Welfare.Modules.PeerSupport.Domain.Coordinators;
using Welfare.Modules.PeerSupport.Domain.Counselors;
using Welfare.SharedKernel.Application.Directory;
using Welfare.Modules.PeerSupport.Domain.Reports;
using Welfare.Modules.PeerSupport.Domain.Supporters;

namespace Welfare.Modules.PeerSupport.Application;

/// <summary>The module's tables as the use cases see them; the unit of work saves.</summary>
internal interface IPeerSupportDbContext : IDirectoryReadModel
{
    DbSet<Workplace> Workplaces { get; }

    DbSet<SupporterDesignation> Supporters { get; }

    DbSet<DesignationNotice> Notices { get; }

    DbSet<DesignationReport> DesignationReports { get; }

    DbSet<CoordinatorDesignation> Coordinators { get; }

    DbSet<ExternalCounselor> Counselors { get; }

    DbSet<Consultation> Consultations { get; }

    DbSet<GuidanceRequest> GuidanceRequests { get; }

    DbSet<QuarterlyReport> QuarterlyReports { get; }
}
