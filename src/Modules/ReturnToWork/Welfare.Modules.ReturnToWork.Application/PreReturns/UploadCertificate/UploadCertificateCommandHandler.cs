using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.ReturnToWork.Application.PreReturns.UploadCertificate;

internal sealed class UploadCertificateCommandHandler(IReturnToWorkDbContext db, PreReturnAccess access, ReturnToWorkSettings settings, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<UploadCertificateCommand, CertificateDto>
{
    public async Task<CertificateDto> Handle(UploadCertificateCommand request, CancellationToken cancellationToken)
    {
        var (found, _) = await access.ForAsync(request.PreReturnId, "pre-return.certificate.upload", CaseRelation.Participant, cancellationToken);
        var now = clock.GetUtcNow();
        var certificate = MedicalCertificate.Accept(found.Id, request.ContentType, request.Content, settings.CertificateMaxBytes, user.Id, now);
        found.AttachCertificate(now);
        var stored = await db.Certificates.SingleOrDefaultAsync(c => c.PreReturnId == found.Id, cancellationToken);
        if (stored is null)
        {
            db.Certificates.Add(certificate);
        }
        else
        {
            stored.Replace(certificate);
        }

        return CertificateDto.From(certificate);
    }
}
