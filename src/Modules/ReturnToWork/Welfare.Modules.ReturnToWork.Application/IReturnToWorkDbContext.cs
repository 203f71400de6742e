using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Directory;
using Welfare.Modules.ReturnToWork.Domain.LeaveCases;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;

namespace Welfare.Modules.ReturnToWork.Application;

/// <summary>The module's tables as the use cases see them; the unit of work saves.</summary>
internal interface IReturnToWorkDbContext : IDirectoryReadModel
{
    DbSet<LeaveCase> LeaveCases { get; }

    DbSet<PreReturn> PreReturns { get; }

    DbSet<MedicalCertificate> Certificates { get; }
}
