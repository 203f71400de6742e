using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Harassment.Domain;
using Welfare.Modules.Harassment.Domain.Complaints;
using Welfare.Modules.Harassment.Domain.Counselors;
using Welfare.SharedKernel.Application.Directory;
using Welfare.Modules.Harassment.Domain.Training;

namespace Welfare.Modules.Harassment.Application;

/// <summary>The module's tables as the use cases see them; the unit of work saves.</summary>
internal interface IHarassmentDbContext : IDirectoryReadModel
{
    DbSet<HarassmentCounselor> Counselors { get; }

    DbSet<ConsultationDeskEntry> DeskEntries { get; }

    DbSet<Complaint> Complaints { get; }

    DbSet<TrainingSession> TrainingSessions { get; }

    DbSet<HarassmentSettings> Settings { get; }
}
